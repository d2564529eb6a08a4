package dev.chatlab.grader.lab01.broken;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A lab01 echo client with one deliberate defect, for proving that the lab01 suites catch it. Otherwise correct:
 * {@code client [--host H] [--port P]} ({@link EchoCommandLine}) prints whole lines, half-closes at the end of
 * input and exits 0, and exits 1 with an error line when it cannot connect.
 */
final class BrokenEchoClient {

    /** The defects a student's client might have. */
    enum Defect {
        /** Prints whatever each read returns as a line of its own, so a reply in pieces comes out in pieces. */
        PRINTS_PARTIAL_LINES,
        /** Reports bad usage like a runtime failure, with exit status 1. */
        EXITS_1_ON_BAD_USAGE
    }

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private BrokenEchoClient() {
    }

    static void run(Defect defect, String... args) throws InterruptedException {
        EchoCommandLine options = EchoCommandLine.parse(args, 7001, defect == Defect.EXITS_1_ON_BAD_USAGE ? 1 : 2);
        try (Socket socket = new Socket(options.host(), options.port())) {
            InputStream in = socket.getInputStream();
            Thread printer = Thread.ofPlatform().start(() -> print(defect, in));
            OutputStream out = socket.getOutputStream();
            BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = stdin.readLine()) != null; ) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            socket.shutdownOutput();
            printer.join();
        } catch (IOException e) {
            System.err.println("error: cannot connect: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void print(Defect defect, InputStream in) {
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (defect == Defect.PRINTS_PARTIAL_LINES) {
                    OUT.println(new String(buffer, 0, n, StandardCharsets.UTF_8).strip());
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        OUT.println(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    } else {
                        line.write(buffer[i]);
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
        }
    }
}
