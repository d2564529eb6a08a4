package dev.chatlab.lab02.server;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * The writing side of a {@link ClientConnection}, run on its own writer thread: drains the connection's
 * {@link OutboundQueue} into the socket, so that reading never waits for writing and the room never waits for
 * this socket. Once the queue is finished and written, it shuts the server's side of the socket
 * ({@code shutdownOutput}: a FIN, and over TLS a close_notify); the reader thread closes the socket after the
 * lingering close. If writing fails it closes the connection at once. Used by one thread only.
 */
final class ConnectionWriter implements Runnable {

    private final Socket socket;
    private final OutboundQueue outbound;
    private final Runnable close;

    /** The writer of {@code outbound} into {@code socket}; {@code close} closes the connection. */
    ConnectionWriter(Socket socket, OutboundQueue outbound, Runnable close) {
        this.socket = socket;
        this.outbound = outbound;
        this.close = close;
    }

    /**
     * Writes until the queue is finished and empty, or aborted, then shuts the output; if writing fails or the
     * thread is interrupted, closes the connection. Blocks while the client takes no bytes. Never throws.
     */
    @Override
    public void run() {
        try {
            // Created on this virtual thread, the buffer starts at 512 bytes and grows to 8 KiB only if a batch
            // needs it: cheap for 10,000 quiet clients, one system call per 8 KiB for busy ones.
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            outbound.drainTo(out);
            socket.shutdownOutput(); // everything is written: a clean end of stream for the client
            return;
        } catch (IOException e) {
            // The client is gone: the reader sees the closed socket and reports the departure.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close.run();
    }
}
