package dev.chatlab.grader.lab01.broken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * An iterative echo server with one deliberate defect, for proving that the lab01 suite catches it. Honours
 * the process contract otherwise: {@code server --port 0} prints {@code LISTENING <port>}.
 */
final class BrokenEchoServer {

    /** The defects a student's server might have. */
    enum Defect {
        /** Echoes a line only once its '\n' has arrived. */
        WAITS_FOR_NEWLINE,
        /** Holds back the last byte of every read until the next read, and forgets it at the end. */
        DROPS_THE_LAST_BYTE,
        /** Lets a client's reset escape the accept loop, which ends the server. */
        DIES_ON_RESET
    }

    private BrokenEchoServer() {
    }

    static void run(Defect defect, String... args) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("LISTENING " + server.getLocalPort());
            System.out.flush();
            while (true) {
                try (Socket client = server.accept()) {
                    if (defect == Defect.DIES_ON_RESET) {
                        echo(defect, client.getInputStream(), client.getOutputStream());
                    } else {
                        try {
                            echo(defect, client.getInputStream(), client.getOutputStream());
                        } catch (IOException thatClientOnly) {
                            System.err.println("client failed: " + thatClientOnly);
                        }
                    }
                }
            }
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
                case DIES_ON_RESET -> out.write(buffer, 0, n);
            }
        }
        if (defect == Defect.WAITS_FOR_NEWLINE) {
            held.writeTo(out);
        }
    }
}
