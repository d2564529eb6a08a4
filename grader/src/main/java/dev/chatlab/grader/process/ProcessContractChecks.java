package dev.chatlab.grader.process;

import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.harness.Connection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ProcessUnderTest;
import dev.chatlab.grader.harness.ServerProcess;
import dev.chatlab.grader.harness.Transcript;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;

/**
 * The contract's "Process contract" section, which every lab honours: bad usage exits 2, the server listens on
 * 127.0.0.1 and on the lab's default port unless told otherwise, a server that cannot listen exits 1 with an
 * {@code error:} line, and SIGTERM closes the clients still connected. Each lab grades it with a subclass of
 * its own that says what its command line looks like ({@link LabCommands}); the checks are declared here once,
 * so each lab's suite has the same five.
 */
public abstract class ProcessContractChecks {

    /** How long a process may take to start and give up on its command line: a JVM on a busy machine. */
    private static final Duration USAGE_EXIT = Duration.ofSeconds(15);
    private static final Duration REPLY = Duration.ofSeconds(5);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    /** A loopback address other than 127.0.0.1, for {@code --bind}: no byte leaves the machine. */
    private static final InetAddress OTHER_LOOPBACK = loopback(127, 0, 0, 2);

    private final LabCommands lab;

    protected ProcessContractChecks(LabCommands lab) {
        this.lab = lab;
    }

    @Check(points = 1, see = "protocol.md#the-process-contract",
            hint = "Reject a port that is not a number from 0 to 65535, and any option you do not know, with a"
                    + " usage message on stderr and exit status 2 (picocli does this for you). When the port is taken,"
                    + " print one line `error: ...` and exit 1: catch the IOException of bind, no stack trace.")
    @Order(1)
    public void server_exits_2_on_bad_usage_and_1_when_its_port_is_taken(Harness harness) throws IOException {
        for (List<String> arguments : List.of(List.of("--port", "70000"), List.of("--port", "abc"),
                List.of("--port", "0", "--no-such-option"))) {
            expectUsageError(harness.launchServer(arguments.toArray(String[]::new)), "server", arguments);
        }
        try (ServerSocket taken = new ServerSocket(0, 1, LOOPBACK)) {
            String port = Integer.toString(taken.getLocalPort());
            ServerProcess server = harness.launchServer("--port", port);
            String command = "`server --port " + port + "` while 127.0.0.1:" + port + " is taken";
            int status = awaitExit(server, command, 1);
            Expect.that(status == 1, command + " to exit with status 1 (a runtime failure)",
                    "exit status " + status + " (stderr " + server.stderrTail(3) + ")");
            Expect.that(server.awaitStderr(line -> line.startsWith("error: "), REPLY).isPresent(),
                    command + " to print a line `error: ...` on stderr", "stderr " + server.stderrTail(3));
        }
    }

    @Check(points = 1, see = "protocol.md#the-process-contract",
            hint = "Reject a port that is not a number from 1 to 65535, an option you do not know, and a missing"
                    + " required option with a usage message on stderr and exit status 2, before connecting.")
    @Order(2)
    public void client_exits_2_on_bad_command_line_usage(Harness harness) throws IOException {
        String port = Integer.toString(harness.closedPort());
        List<List<String>> bad = new ArrayList<>(List.of(
                withRequired(List.of("--host", "127.0.0.1", "--port", "70000")),
                withRequired(List.of("--host", "127.0.0.1", "--port", "abc")),
                withRequired(List.of("--host", "127.0.0.1", "--port", port, "--no-such-option"))));
        for (int left = 0; left < lab.clientRequired().size(); left += 2) {
            List<String> arguments = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", port));
            arguments.addAll(lab.clientRequired().subList(0, left));
            arguments.addAll(lab.clientRequired().subList(left + 2, lab.clientRequired().size()));
            bad.add(arguments);
        }
        for (List<String> arguments : bad) {
            expectUsageError(harness.launchClient(arguments.toArray(String[]::new)), "client", arguments);
        }
    }

    @Check(points = 1, see = "protocol.md#the-process-contract",
            hint = "Without --bind, bind the server socket to 127.0.0.1 (InetAddress.getLoopbackAddress()), not to"
                    + " every address: new ServerSocket(port) listens on the whole network. With --bind ADDR, bind"
                    + " to ADDR (InetAddress.getByName(ADDR)).")
    @Order(3)
    public void server_listens_on_127_0_0_1_without_bind_and_on_the_address_bind_names(Harness harness)
            throws IOException {
        ServerProcess server = harness.startServer();
        // Looked at while a client is served, so that a server that stops right after LISTENING fails here
        // every time, rather than passing or failing by how fast it stops.
        servedClient(server, "which address the server listens on");
        Optional<List<String>> listening = listeningAddresses(server.port());
        Assumptions.assumeTrue(listening.isPresent(), "this system has no /proc/net/tcp to show which address"
                + " the server listens on: not checked (grade on Linux to check it)");
        Expect.equal("the addresses listening on port " + server.port() + " without --bind (from /proc/net/tcp"
                + " and tcp6)", List.of("127.0.0.1"), listening.get());
        if (!canBind(OTHER_LOOPBACK)) { // macOS: only 127.0.0.1 is on the loopback interface until aliased
            harness.progress("--bind not checked: this system cannot bind " + OTHER_LOOPBACK.getHostAddress());
            return;
        }
        String other = OTHER_LOOPBACK.getHostAddress();
        ServerProcess bound = harness.startServer("--bind", other);
        Expect.equal("the addresses listening on port " + bound.port() + " with --bind " + other
                + " (from /proc/net/tcp and tcp6)", List.of(other), listeningAddresses(bound.port()).orElseThrow());
    }

    @Check(points = 1, see = "protocol.md#the-process-contract", exclusive = true,
            hint = "Without --port, listen on the lab's own port (7001 for lab01, 7002 for lab02...).")
    @Order(4)
    public void server_listens_on_the_labs_default_port_without_port(Harness harness) throws IOException {
        Assumptions.assumeTrue(isFree(lab.defaultPort()), "port " + lab.defaultPort()
                + " is in use on this machine: the default port is not checked");
        ServerProcess server = harness.launchServer();
        server.awaitListening(Harness.START_TIMEOUT);
        Expect.equal("the port in `LISTENING <port>` without --port", lab.defaultPort(), server.port());
    }

    @Check(points = 1, see = "protocol.md#the-process-contract",
            hint = "On SIGTERM (a shutdown hook), close the server socket and the socket of every client still"
                    + " connected, and let the process end: never wait in the hook for a client to leave.")
    @Order(5)
    public void closes_a_connected_client_and_exits_on_SIGTERM(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        Connection client = servedClient(server, "SIGTERM with a client connected");
        server.terminate();
        client.discardUntilClosed(REPLY);
        Expect.oneOf("exit status after SIGTERM with a client connected", List.of(0, 143),
                server.awaitExit(REPLY));
    }

    /**
     * Connects to {@code server} and waits until it answers the lab's probe line: the client is served, not
     * waiting in the backlog. Fails first, naming {@code what} could not be checked, when no answer comes.
     */
    private Connection servedClient(ServerProcess server, String what) throws IOException {
        Connection client = server.connect();
        client.sendLine(lab.probe());
        Expect.first("could not check " + what + ": the server did not answer the line "
                        + Transcript.quote(lab.probe()),
                "This check needs a server that answers a line: make the checks of the lab's exchanges pass first.",
                "protocol.md#the-process-contract", () -> client.readExactly(1, REPLY));
        return client;
    }

    private List<String> withRequired(List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(lab.clientRequired());
        return all;
    }

    /**
     * Waits for {@code process}, started with {@code arguments}, to exit, and fails unless it exits 2: for a lab's
     * own checks of the options it adds.
     *
     * @param role "server" or "client", as the failure names the command
     */
    protected static void expectUsageError(ProcessUnderTest process, String role, List<String> arguments) {
        String command = "`" + role + " " + String.join(" ", arguments) + "`";
        int status = awaitExit(process, command, 2);
        Expect.that(status == 2, command + " to exit with status 2 (bad usage)",
                "exit status " + status + " (stderr " + process.stderrTail(3) + ")");
    }

    /** Waits for {@code process} to exit; fails naming {@code command} and the {@code expected} status if not. */
    private static int awaitExit(ProcessUnderTest process, String command, int expected) {
        try {
            return process.awaitExit(USAGE_EXIT);
        } catch (AssertionError stillRunning) {
            throw new AssertionError("expected " + command + " to exit with status " + expected + ", but it was"
                    + " still running after " + USAGE_EXIT.toSeconds() + " s", stillRunning);
        }
    }

    /** The distinct addresses listening on {@code port}; empty if this system cannot show them. */
    private static Optional<List<String>> listeningAddresses(int port) throws IOException {
        return ListeningSockets.on(port).map(addresses -> addresses.stream().map(InetAddress::getHostAddress)
                .distinct().toList());
    }

    /** True if this system lets a socket bind {@code address}. */
    private static boolean canBind(InetAddress address) {
        try (ServerSocket probe = new ServerSocket(0, 1, address)) {
            return true;
        } catch (IOException cannot) {
            return false;
        }
    }

    private static InetAddress loopback(int... bytes) {
        byte[] address = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            address[i] = (byte) bytes[i];
        }
        try {
            return InetAddress.getByAddress(address);
        } catch (UnknownHostException impossible) { // only for an array that is not 4 or 16 bytes long
            throw new IllegalStateException(impossible);
        }
    }

    /** True if nothing listens on 127.0.0.1:{@code port} now. */
    private static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, LOOPBACK)) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}
