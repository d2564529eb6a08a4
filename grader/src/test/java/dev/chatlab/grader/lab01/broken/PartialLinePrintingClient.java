package dev.chatlab.grader.lab01.broken;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A lab01 echo client that prints whatever each read returns as a line of its own, so a reply that arrives
 * in pieces comes out as partial lines. Otherwise correct: half-closes at the end of input, exits 0, and
 * exits 1 with an error line when it cannot connect.
 */
public final class PartialLinePrintingClient {

    private PartialLinePrintingClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[args.length - 1]);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            InputStream in = socket.getInputStream();
            Thread printer = Thread.ofPlatform().start(() -> {
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        System.out.println(new String(buffer, 0, n, StandardCharsets.UTF_8).strip());
                    }
                } catch (IOException e) {
                    System.err.println("error: " + e.getMessage());
                }
            });
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
}
