package dev.chatlab.talk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * Copies stdin to the socket on its own thread, then half-closes ({@link Socket#shutdownOutput()}: a FIN on
 * TCP, a {@code close_notify} alert first on TLS). The thread is a daemon, so one still blocked on stdin
 * never keeps the process alive once the server has closed.
 */
final class StdinSender {

    /** How stdin becomes bytes on the wire. */
    enum Framing {
        /** Each line, as UTF-8, then {@code \n}. */
        LF,
        /** Each line, as UTF-8, then {@code \r\n}. */
        CRLF,
        /** Stdin's bytes as they are, whenever some arrive: no lines, no encoding. */
        RAW
    }

    private static final int BUFFER_SIZE = 8192;

    private StdinSender() {
    }

    /**
     * Starts the sender; the future completes once it has half-closed. If sending fails, the future fails
     * and the socket is closed, which unblocks the thread reading it.
     */
    static CompletableFuture<Void> start(Socket socket, InputStream input, Framing framing) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("talk-sender").start(() -> {
            try {
                send(socket.getOutputStream(), input, framing);
                socket.shutdownOutput();   // "nothing more from me"; what the server still sends is read
                sent.complete(null);
            } catch (IOException | RuntimeException e) {
                sent.completeExceptionally(e);
                try {
                    socket.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
            }
        });
        return sent;
    }

    /** Copies {@code input} to {@code out} until the end of {@code input}. Blocks on each read of stdin. */
    static void send(OutputStream out, InputStream input, Framing framing) throws IOException {
        if (framing == Framing.RAW) {
            byte[] buffer = new byte[BUFFER_SIZE];
            int count;
            while ((count = input.read(buffer)) != -1) {   // whatever stdin has now: a keystroke line, a file chunk
                out.write(buffer, 0, count);
            }
            return;
        }
        String ending = framing == Framing.CRLF ? "\r\n" : "\n";
        BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            out.write((line + ending).getBytes(StandardCharsets.UTF_8)); // one write: one TLS record per line
        }
    }
}
