package dev.chatlab.grader.harness;

import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Everything one check needs to exercise a target: it starts the server and client under test, plays a
 * fake server, draws seeded random data, and records the {@link Transcript}. Every connection, in both
 * directions, goes over the target's {@link Transport}, and every process runs with the check's own
 * {@code CHATLAB_HOME}. A check receives a fresh harness as its parameter; when the check ends,
 * {@link #close()} kills every process, closes every socket and deletes the check's {@code CHATLAB_HOME}.
 */
public final class Harness implements AutoCloseable {

    /** How long a server may take to print {@code LISTENING <port>}: a JVM starting on a busy machine. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    /** What a check that needs a listening server points to when the server does not announce its port. */
    private static final String LISTENING_HINT = "Bind the server socket, then print exactly `LISTENING <port>` as"
            + " the first stdout line (logs go to stderr).";

    private final Target target;
    private final long seed;
    private final Random random;
    private final Transcript transcript = new Transcript();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<ProcessUnderTest> processes = new ArrayList<>();
    private final Consumer<String> progress;
    private TempFolder home;

    /**
     * A harness for one check, whose {@link #progress} reports go nowhere.
     *
     * @param seed  the run's seed, printed on failure so that {@code --seed} replays the same data
     * @param check the check's id, mixed into the seed so that each check draws its own data
     */
    public Harness(Target target, long seed, String check) {
        this(target, seed, check, text -> { });
    }

    /**
     * A harness for one check whose {@link #progress} reports go to {@code progress}: the live line of
     * {@code grade}.
     */
    public Harness(Target target, long seed, String check, Consumer<String> progress) {
        this.target = Objects.requireNonNull(target, "target");
        this.seed = seed;
        this.random = new Random(seed * 31 + check.hashCode());
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Tells the person watching how far a long check got, in a few words: "312 of 1000 messages confirmed".
     * On a terminal {@code grade} shows the latest report next to the running check; it goes into no report.
     * Cheap enough to call often, from any of the check's threads.
     *
     * @throws IllegalArgumentException if {@code text} is blank
     */
    public void progress(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A progress report needs some text");
        }
        progress.accept(text.strip());
    }

    /**
     * Starts the server under test with {@code --port 0}, the transport's arguments ({@code --cert ... --key
     * ...} over TLS) and {@code arguments}; returns once it listens. Fails with an {@link UnmetPrerequisite}
     * pointing at the announcement if it does not print {@code LISTENING <port>}.
     */
    public ServerProcess startServer(String... arguments) {
        return startServer(target.transport(), arguments);
    }

    /**
     * Starts the server under test as {@link #startServer(String...)} does, but over {@code transport} instead
     * of the target's: with its arguments, and its connections made over it (lab03's client certificates, or
     * its kit CA).
     */
    public ServerProcess startServer(Transport transport, String... arguments) {
        List<String> command = Target.with(target.serverCommand(), List.of("--port", "0"));
        command = Target.with(command, transport.serverArguments());
        ServerProcess server = register(
                new ServerProcess(Target.with(command, Arrays.asList(arguments)), transport, this));
        try {
            server.awaitListening(START_TIMEOUT);
        } catch (AssertionError notListening) { // every server check needs it: point at the announcement
            throw new UnmetPrerequisite(notListening.getMessage(), LISTENING_HINT, "protocol.md#the-process-contract",
                    notListening);
        }
        return server;
    }

    /**
     * Starts the server under test with the transport's arguments and {@code arguments} only (no {@code --port
     * 0}), and returns at once, without waiting for it to listen: for checks of its command line, which may
     * make it exit at once. {@link ServerProcess#awaitListening} then waits for it, if it should listen.
     */
    public ServerProcess launchServer(String... arguments) {
        List<String> command = Target.with(target.serverCommand(), target.transport().serverArguments());
        return register(new ServerProcess(Target.with(command, Arrays.asList(arguments)), target.transport(), this));
    }

    /**
     * Starts the client under test with the transport's arguments and {@code arguments} only (no {@code --host}
     * or {@code --port}): for checks of its command line.
     */
    public ClientProcess launchClient(String... arguments) {
        List<String> command = Target.with(target.clientCommand(), target.transport().clientArguments());
        return register(new ClientProcess(Target.with(command, Arrays.asList(arguments)), home(), transcript));
    }

    /**
     * Starts the client under test inside another program: {@code wrapper} turns the target's client command
     * into the command to run (lab05's GUI driver, which runs the client's main class in its own JVM), and
     * {@code arguments} follow. The program's stdin and stdout lines go into the transcript as a client's do.
     */
    public ClientProcess startWrappedClient(UnaryOperator<List<String>> wrapper, String... arguments) {
        List<String> command = Target.with(wrapper.apply(target.clientCommand()), Arrays.asList(arguments));
        return register(new ClientProcess(command, home(), transcript));
    }

    /**
     * Starts the client under test with {@code --host 127.0.0.1 --port port}, the transport's arguments
     * ({@code --ca ca.pem} over TLS) and {@code arguments}.
     */
    public ClientProcess startClient(int port, String... arguments) {
        return startClient(target.transport(), port, arguments);
    }

    /**
     * Starts the client under test as {@link #startClient(int, String...)} does, but with {@code transport}'s
     * arguments instead of the target's.
     */
    public ClientProcess startClient(Transport transport, int port, String... arguments) {
        return startClient("client", transport, port, arguments);
    }

    /**
     * Starts the client under test as {@link #startClient(int, String...)} does, named {@code name} in the
     * transcript ("client ana"): for a check that runs several clients at once.
     */
    public ClientProcess startClient(String name, int port, String... arguments) {
        return startClient(name, target.transport(), port, arguments);
    }

    private ClientProcess startClient(String name, Transport transport, int port, String... arguments) {
        List<String> command = Target.with(target.clientCommand(),
                List.of("--host", "127.0.0.1", "--port", Integer.toString(port)));
        command = Target.with(command, transport.clientArguments());
        return register(new ClientProcess(name, Target.with(command, Arrays.asList(arguments)), home(), transcript));
    }

    /**
     * Runs one of the lab's other subcommands ({@code users add ana --file users.db}) with the target's lab
     * command; the caller writes its stdin and awaits its exit. Fails the check if the target has no lab
     * command, naming what is missing.
     */
    public CommandProcess startCommand(String... arguments) {
        if (target.labCommand().isEmpty()) {
            throw new AssertionError("expected a command to run `" + String.join(" ", arguments) + "` with, but "
                    + target.description() + " has only a server and a client command: this check runs the lab's `"
                    + arguments[0] + "` subcommand, which only a lab's jar (java -jar JAR " + arguments[0]
                    + " ...) provides");
        }
        List<String> command = Target.with(target.labCommand(), Arrays.asList(arguments));
        return register(new CommandProcess(arguments[0], command, home(), transcript));
    }

    /** Opens a server of the grader's own on an ephemeral loopback port, serving over the target's transport. */
    public FakeServer fakeServer() throws IOException {
        return fakeServer(target.transport());
    }

    /**
     * Opens a server of the grader's own that serves over {@code transport}: for a client check that needs
     * other certificates than the run's (another host name, another CA), or a client certificate.
     */
    public FakeServer fakeServer(Transport transport) throws IOException {
        return register(new FakeServer(this, transport::asServer));
    }

    /**
     * Opens a server of the grader's own that presents {@code transport}'s certificate over {@code protocol}
     * only ("TLSv1.2"), a protocol that a client of the TLS labs must refuse.
     */
    public FakeServer fakeServer(Transport.Tls transport, String protocol) throws IOException {
        return register(new FakeServer(this, (tcp, timeout) -> transport.asServer(tcp, timeout, protocol)));
    }

    /**
     * Starts a fault-injecting relay on a loopback port that forwards every connection to {@code server}, and
     * keeps up to {@code captureBytes} of each direction of each connection; closed when the check ends. Its
     * events go to the transcript.
     */
    public Relay startRelay(ServerProcess server, int captureBytes) throws IOException {
        PrintStream log = new PrintStream(new TranscriptLines(transcript, "relay"), true, StandardCharsets.UTF_8);
        Relay relay = Relay.start(RelayConfig.to(server.port()).withSeed(seed).withCapture(captureBytes), log);
        transcript.note("relay", "listens on port " + relay.port() + " and forwards to the server");
        return register(relay);
    }

    /** A loopback port on which nothing listens, so that connecting to it is refused. */
    public int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** How every connection of this check goes: plain TCP or TLS 1.3. */
    public Transport transport() {
        return target.transport();
    }

    /**
     * The {@code CHATLAB_HOME} of every process this check starts: one empty folder per check, shared by its
     * server and client (so a client finds a CA its server generated there), deleted when the check ends.
     */
    public synchronized Path home() {
        if (home == null) {
            home = register(TempFolder.create("chatlab-home-"));
        }
        return home.path();
    }

    /** This check's random source: the same data for the same {@link #seed()}. */
    public Random random() {
        return random;
    }

    /** The run's seed. */
    public long seed() {
        return seed;
    }

    /** The record of this check's exchange. */
    public Transcript transcript() {
        return transcript;
    }

    /**
     * The stderr of every process this check started, read to its end: a process still running is killed first
     * (as {@link #close()} would), so call this only once the check is over, for its evidence.
     */
    public synchronized List<StderrLines> drainStderr() {
        return processes.stream().map(ProcessUnderTest::drainStderr).toList();
    }

    /**
     * Kills every process, closes every socket (at once, without waiting for a peer) and deletes every folder
     * this harness opened, newest first. Never blocks on a peer.
     */
    @Override
    public synchronized void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                if (resources.get(i) instanceof Connection connection) {
                    connection.abort();
                } else {
                    resources.get(i).close();
                }
            } catch (Exception e) {
                transcript.note("grader", "could not close " + resources.get(i) + ": " + e);
            }
        }
        resources.clear();
    }

    /** Adds {@code resource} to what {@link #close()} closes. */
    synchronized <T extends AutoCloseable> T register(T resource) {
        resources.add(resource);
        if (resource instanceof ProcessUnderTest process) {
            processes.add(process);
        }
        return resource;
    }
}
