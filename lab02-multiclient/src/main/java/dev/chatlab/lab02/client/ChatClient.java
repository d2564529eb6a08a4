package dev.chatlab.lab02.client;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ClientFrameCodec;
import dev.chatlab.lab02.protocol.FrameReader;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.ServerFrameCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The chat/1 console client: what lab02 adds to lab01's echo client is a nick, a second thread that prints
 * what others say while stdin is being read, and frames instead of raw lines.
 *
 * <p>Stdin: {@code /msg NICK TEXT} whispers, {@code /who} lists the users, {@code /quit} leaves, an empty line
 * is ignored, any other line is said. Stdout: only the event lines of {@link ConsoleOutput}. Used once.
 */
public final class ChatClient {

    /** Exit status when the server drops the connection. */
    public static final int CONNECTION_LOST = 3;

    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10); // for connect, then for the answer to hello
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);   // after bye, for the server to close
    static final int MAX_SERVER_FRAME_BYTES = 1 << 20;              // welcome and users grow with the room

    private final ServerConnector server;
    private final ClientRegistration registration;
    private final PrintStream err;
    private final ConsoleInput input;
    private final ConsoleOutput console;
    private final AtomicBoolean quitting = new AtomicBoolean();
    private final CompletableFuture<Integer> exitStatus = new CompletableFuture<>();

    /** lab02's client: plain TCP to {@code host:port}, registering {@code nick}; typed on stdin, printing on out/err. */
    public ChatClient(String host, int port, String nick, BufferedReader stdin, PrintStream out, PrintStream err) {
        this(new TcpConnector(host, port), new ClientFrame.Hello(nick), stdin, out, err);
    }

    /**
     * A client that reaches its server through {@code server} (lab03: TLS) and registers with {@code hello}
     * (lab03: with a password); typed on {@code stdin}, printing on {@code out} and {@code err}.
     */
    public ChatClient(ServerConnector server, ClientFrame.Hello hello, BufferedReader stdin, PrintStream out,
                      PrintStream err) {
        this.server = Objects.requireNonNull(server, "server");
        this.err = Objects.requireNonNull(err, "err");
        this.input = new ConsoleInput(stdin, err);
        this.console = new ConsoleOutput(out);
        this.registration = new ClientRegistration(server, Objects.requireNonNull(hello, "hello"), console,
                ANSWER_TIMEOUT);
    }

    /**
     * Connects, registers, then chats until /quit or the end of stdin (returns 0, after sending bye and waiting
     * at most {@link #CLOSE_TIMEOUT} for the server to close) or until the server drops the connection (returns
     * {@link #CONNECTION_LOST}). Blocks until then. Throws {@link CommandFailedException} (exit status 1) if
     * connecting fails or the server refuses the hello; its message is the connector's
     * {@link ServerConnector#describe description} of an I/O failure.
     */
    public int run() throws IOException {
        try (Socket socket = connect()) {
            OutputStream toServer = socket.getOutputStream();
            FrameReader fromServer = new FrameReader(socket.getInputStream(), MAX_SERVER_FRAME_BYTES);
            registration.register(socket, toServer, fromServer);                // main thread: hello, then welcome
            Thread.ofVirtual().name("server frames").start(() -> printFrames(fromServer)); // socket -> stdout
            Thread.ofPlatform().daemon().name("stdin").start(() -> sendLines(toServer));  // stdin -> socket
            int status = exitStatus.join();
            if (status == CONNECTION_LOST) {
                err.println("error: connection closed by the server");
            }
            return status;
        }
    }

    private Socket connect() {
        try {
            return server.connect(ANSWER_TIMEOUT);
        } catch (IOException e) {
            throw new CommandFailedException(server.describe(e), e);
        }
    }

    /** The server-frames thread: prints every frame until the connection ends, then sets the exit status. */
    private void printFrames(FrameReader fromServer) {
        try {
            while (true) {
                try {
                    byte[] line = fromServer.readFrame();
                    if (line == null) {
                        break;
                    }
                    console.print(ServerFrameCodec.decode(line));
                } catch (ProtocolException e) {
                    err.println("warning: ignored a frame from the server: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            // Closed: by the server, or by run() once the exit status is known.
        }
        exitStatus.complete(quitting.get() ? 0 : CONNECTION_LOST);
    }

    /** The stdin thread: relays typed lines until /quit or the end of input, then sends bye. */
    private void sendLines(OutputStream toServer) {
        try {
            input.relayUntilQuit(toServer);
            quitting.set(true);
            toServer.write(ClientFrameCodec.encode(new ClientFrame.Bye()));
            exitStatus.completeOnTimeout(0, CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            // The connection is gone: the server-frames thread sets the exit status.
        }
    }
}
