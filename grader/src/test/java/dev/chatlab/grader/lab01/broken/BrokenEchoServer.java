package dev.chatlab.grader.lab01.broken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * An iterative echo server with one deliberate defect, for proving that the lab01 suites catch it. Honours
 * the process contract otherwise: {@code server [--port P] [--bind ADDR]} ({@link EchoCommandLine}) prints
 * {@code LISTENING <port>}, and SIGTERM ends it.
 */
final class BrokenEchoServer {

    /** The defects a student's server might have. */
    enum Defect {
        /** Echoes a line only once its '\n' has arrived. */
        WAITS_FOR_NEWLINE,
        /** Holds back the last byte of every read until the next read, and forgets it at the end. */
        DROPS_THE_LAST_BYTE,
        /** Lets a client's reset escape the accept loop, which ends the server. */
        DIES_ON_RESET,
        /** Serves each client on a thread of its own, as lab02 will: the second client does not wait. */
        SERVES_CONCURRENTLY,
        /** Listens on every address of the machine ({@code new ServerSocket(port)}), not 127.0.0.1 only. */
        LISTENS_ON_EVERY_ADDRESS,
        /** Reports bad usage like a runtime failure, with exit status 1. */
        EXITS_1_ON_BAD_USAGE,
        /** Binds 127.0.0.1 whatever --bind says. */
        IGNORES_BIND,
        /** Lets the exception of a port that is taken end the process with a stack trace, no {@code error:} line. */
        STACK_TRACE_WHEN_THE_PORT_IS_TAKEN,
        /** Listens on 7011 when given no --port. */
        DEFAULTS_TO_ANOTHER_PORT,
        /** Its SIGTERM hook waits for the accept loop to end, which never happens while a client is connected. */
        WAITS_FOR_ITS_CLIENT_ON_SIGTERM,
        /**
         * The starter's echo, a stub: closes each client at once and prints the stub's exception as the cause of
         * a deep stack trace, then a log line.
         */
        UNFINISHED_ECHO
    }

    private static final int DEFAULT_PORT = 7001;

    private BrokenEchoServer() {
    }

    static void run(Defect defect, String... args) throws IOException {
        EchoCommandLine options = EchoCommandLine.parse(args,
                defect == Defect.DEFAULTS_TO_ANOTHER_PORT ? 7011 : DEFAULT_PORT,
                defect == Defect.EXITS_1_ON_BAD_USAGE ? 1 : 2);
        InetAddress bind = switch (defect) {
            case LISTENS_ON_EVERY_ADDRESS -> null;
            case IGNORES_BIND -> InetAddress.getLoopbackAddress();
            default -> options.bind();
        };
        try (ServerSocket server = listen(defect, options.port(), bind)) {
            if (defect == Defect.WAITS_FOR_ITS_CLIENT_ON_SIGTERM) {
                Thread serving = Thread.currentThread();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                        serving.join();
                    } catch (IOException | InterruptedException e) {
                        System.err.println("shutdown failed: " + e);
                    }
                }));
            }
            System.out.println("LISTENING " + server.getLocalPort());
            System.out.flush();
            while (!server.isClosed()) {
                Socket client;
                try {
                    client = server.accept();
                } catch (IOException closed) {
                    return;
                }
                if (defect == Defect.UNFINISHED_ECHO) {
                    client.close();
                    new IllegalStateException("serving " + client.getRemoteSocketAddress() + " failed",
                            unfinishedEcho(30)).printStackTrace();
                    System.err.println("echo server: waiting for the next client");
                } else if (defect == Defect.SERVES_CONCURRENTLY) {
                    Thread.ofPlatform().start(() -> serve(defect, client));
                } else if (defect == Defect.DIES_ON_RESET) {
                    try (client) {
                        echo(defect, client.getInputStream(), client.getOutputStream());
                    }
                } else {
                    serve(defect, client);
                }
            }
        }
    }

    /** Binds {@code port} on {@code bind}; when it cannot, says so in one line and exits 1, as the contract wants. */
    private static ServerSocket listen(Defect defect, int port, InetAddress bind) throws IOException {
        try {
            return new ServerSocket(port, 50, bind);
        } catch (IOException e) {
            if (defect == Defect.STACK_TRACE_WHEN_THE_PORT_IS_TAKEN) {
                throw e;
            }
            System.err.println("error: cannot listen on port " + port + ": " + e.getMessage());
            System.exit(1);
            throw e; // not reached
        }
    }

    /** The exception of the starter's stub, thrown {@code depth} calls deep, as a student's code would. */
    private static UnsupportedOperationException unfinishedEcho(int depth) {
        return depth == 0
                ? new UnsupportedOperationException("TODO(lab01): echo every byte until the client half-closes")
                : unfinishedEcho(depth - 1);
    }

    /** Echoes to {@code client} and closes it; its failure is its own. */
    private static void serve(Defect defect, Socket client) {
        try (client) {
            echo(defect, client.getInputStream(), client.getOutputStream());
        } catch (IOException thatClientOnly) {
            System.err.println("client failed: " + thatClientOnly);
        }
    }

    private static void echo(Defect defect, InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        for (int n; (n = in.read(buffer)) >= 0; ) {
            switch (defect) {
                case WAITS_FOR_NEWLINE -> {
                    for (int i = 0; i < n; i++) {
                        held.write(buffer[i]);
                        if (buffer[i] == '\n') {
                            held.writeTo(out);
                            held.reset();
                        }
                    }
                }
                case DROPS_THE_LAST_BYTE -> {
                    held.writeTo(out);
                    held.reset();
                    out.write(buffer, 0, n - 1);
                    held.write(buffer[n - 1]);
                }
                default -> out.write(buffer, 0, n);
            }
        }
        if (defect == Defect.WAITS_FOR_NEWLINE) {
            held.writeTo(out);
        }
    }
}
