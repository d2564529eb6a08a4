package dev.chatlab.grader.harness;

import java.io.BufferedReader;
import java.io.IOException;
import dev.chatlab.relay.Relay;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server under test, started with {@code --port 0}: it is ready once its first stdout line is
 * {@code LISTENING <port>}. Any later stdout line breaks the process contract and is kept for the checks.
 */
public final class ServerProcess extends ProcessUnderTest {

    private static final Pattern LISTENING = Pattern.compile("LISTENING ([0-9]{1,5})");

    private final CompletableFuture<String> firstLine = new CompletableFuture<>();
    private final List<String> laterStdout = new CopyOnWriteArrayList<>();
    private final Harness owner;
    private final Transport transport;
    private final Thread stdoutPump;
    private int port = -1;
    private int connections;

    /**
     * Starts the process, whose connections go over {@code transport}; {@link #awaitListening(Duration)} then
     * waits until it accepts connections.
     */
    ServerProcess(List<String> command, Transport transport, Harness owner) {
        super("server", command, owner.home(), owner.transcript());
        this.owner = owner;
        this.transport = transport;
        this.stdoutPump = Thread.ofPlatform().daemon().name("server-stdout").start(this::pumpStdout);
    }

    /** The port from the {@code LISTENING} line. */
    public int port() {
        return port;
    }

    /** Stdout lines after {@code LISTENING <port>}; the contract allows none. Complete once the server exited. */
    public List<String> laterStdout() {
        if (!process.isAlive()) {
            try {
                stdoutPump.join(Duration.ofSeconds(2)); // its last lines may still be on their way
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return List.copyOf(laterStdout);
    }

    /**
     * Opens a new connection to the server over the target's transport, named {@code client#1},
     * {@code client#2}... in the transcript. Fails the check if the server does not accept it or, over TLS, if
     * the handshake fails ("expected a TLS 1.3 handshake with the server, but got: ...").
     */
    public Connection connect() throws IOException {
        return connect(transport);
    }

    /**
     * Opens a new connection as {@link #connect()} does, but over {@code other}: with another client
     * certificate, or another CA to trust.
     */
    public Connection connect(Transport other) throws IOException {
        return connect(other, port);
    }

    /**
     * Opens a new connection as {@link #connect()} does, but through {@code relay}: the relay's TCP connection
     * to this server carries the TLS of this one, which the relay may capture or change.
     */
    public Connection connectThrough(Relay relay) throws IOException {
        return connect(transport, relay.port());
    }

    private Connection connect(Transport other, int tcpPort) throws IOException {
        String connectionName = nextName();
        Socket tcp = connectTcp(connectionName, tcpPort);
        Socket socket = Handshakes.secure(other::asClient, tcp, connectionName, "the server", transcript);
        return owner.register(new Connection(tcp, socket, connectionName, transcript));
    }

    /**
     * Opens a plain TCP connection, with no handshake whatever the transport: for bytes that are not TLS sent
     * to a TLS port, or a client that never starts its handshake.
     */
    public Connection connectPlain() throws IOException {
        String connectionName = nextName();
        Socket tcp = connectTcp(connectionName, port);
        return owner.register(new Connection(tcp, tcp, connectionName, transcript));
    }

    /**
     * Tries a TLS handshake offering {@code protocol} only ("TLSv1.2"), then a chat/1 ping, over a new
     * connection that trusts {@code trust}'s CA and presents its client certificate, if it has one; never
     * fails the check, and tells how far it got.
     */
    public TlsProbe.Result probe(Transport.Tls trust, String protocol) throws IOException {
        String connectionName = nextName();
        return TlsProbe.attempt(connectTcp(connectionName, port), trust, protocol, connectionName, transcript);
    }

    /** Sends a TLS 1.1 ClientHello, written byte by byte, over a new connection; tells whether a ServerHello came. */
    public TlsProbe.Result probeTls11() throws IOException {
        String connectionName = nextName();
        return TlsProbe.tls11Hello(connectTcp(connectionName, port), connectionName, transcript);
    }

    private String nextName() {
        return "client#" + (++connections);
    }

    private Socket connectTcp(String connectionName, int tcpPort) throws IOException {
        Socket tcp = new Socket();
        try {
            tcp.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), tcpPort), 5_000);
        } catch (IOException e) {
            tcp.close();
            throw new AssertionError(connectionName + " expected to connect to 127.0.0.1:" + tcpPort
                    + ", but got " + e.getMessage(), e);
        }
        transcript.note(connectionName, tcpPort == port ? "connects to the server"
                : "connects to the server through the relay on port " + tcpPort);
        return owner.register(tcp);
    }

    /**
     * Waits at most {@code timeout} for {@code LISTENING <port>} as the first stdout line; fails if another line
     * comes first, or none.
     */
    public void awaitListening(Duration timeout) {
        String line;
        try {
            line = firstLine.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("expected the server to print `LISTENING <port>` within "
                    + Connection.show(timeout) + ", but it printed nothing");
        } catch (ExecutionException e) {
            throw new AssertionError("expected the server to print `LISTENING <port>`, but "
                    + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the server started", e);
        }
        Matcher matcher = LISTENING.matcher(line);
        if (!matcher.matches()) {
            throw new AssertionError("expected the first stdout line `LISTENING <port>`, but got "
                    + Transcript.quote(line));
        }
        transcript.note(name, "is listening on port " + matcher.group(1));
        port = Integer.parseInt(matcher.group(1));
    }

    private void pumpStdout() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (!firstLine.complete(line)) {
                    transcript.note(name, "stdout: " + Transcript.quote(line));
                    laterStdout.add(line);
                }
            }
            firstLine.completeExceptionally(new IOException(exitDescription()));
        } catch (IOException e) {
            firstLine.completeExceptionally(e);
        }
    }

    private String exitDescription() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS)
                    ? "it exited with status " + process.exitValue() + " first"
                    : "it closed its stdout first";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "it closed its stdout first";
        }
    }
}
