package dev.chatlab.lab01.echo;

import dev.chatlab.lab01.cli.CommandFailedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The echo client: sends its input line by line and prints each echoed line as soon as it is complete.
 *
 * <p>Sending and receiving run at the same time, on two threads, because each may block: reading the input
 * waits for the user, reading the socket waits for the server. A daemon platform thread sends (a daemon, so
 * one still blocked on the input never keeps the process alive). The calling thread receives and prints,
 * because the end of the reply ends the client: at the end of the input the sender half-closes, the server
 * echoes the rest and closes, the receiver reads end-of-stream, and {@link #run} returns.
 */
public final class EchoClient {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final long SENDER_GRACE_SECONDS = 2; // see awaitHalfClose
    private static final int BUFFER_SIZE = 8192;

    private final String host;
    private final int port;

    /** A client for the echo server at {@code host:port}; nothing is connected until {@link #run}. */
    public EchoClient(String host, int port) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
    }

    /**
     * Connects, sends every line of {@code input} as UTF-8 followed by {@code '\n'}, prints every echoed line
     * on {@code output}, and returns once the server has closed after the half-close. Blocks until then.
     *
     * @throws CommandFailedException if the client cannot connect, the connection fails, or the server closes
     *     it before the end of the input
     */
    public void run(BufferedReader input, PrintStream output) {
        Objects.requireNonNull(input, "input");
        LinePrinter printer = new LinePrinter(output);
        try (Socket socket = connect()) {
            CompletableFuture<Void> sent = startSender(socket, input);
            try {
                receive(socket.getInputStream(), printer);
            } catch (IOException e) {
                throw lost(sent.isCompletedExceptionally() ? sent.exceptionNow() : e);
            }
            awaitHalfClose(sent);
        } catch (IOException e) {
            throw lost(e);                                   // closing the socket failed
        }
    }

    /** Starts the sender on its own thread; the future completes once it has half-closed, or failed. */
    private static CompletableFuture<Void> startSender(Socket socket, BufferedReader input) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("echo-client-sender").start(() -> {
            try {
                send(socket, input);
                sent.complete(null);
            } catch (IOException | RuntimeException e) {
                sent.completeExceptionally(e);
                closeAfterFailure(socket, e);                // unblocks the receiver
            }
        });
        return sent;
    }

    /** Sends each input line with its {@code '\n'}, then half-closes: "no more data from me". */
    private static void send(Socket socket, BufferedReader input) throws IOException {
        // BEGIN SOLUTION: send each line, then half-close at the end of the input
        OutputStream out = socket.getOutputStream();
        String line;
        while ((line = input.readLine()) != null) {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        socket.shutdownOutput();   // sends FIN; the server's read returns -1, yet we can still read its echo
        // END SOLUTION
    }

    /** Prints the echo, line by line, until the server closes its side of the connection. */
    private static void receive(InputStream in, LinePrinter printer) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        int count;
        while ((count = in.read(buffer)) != -1) {  // whatever has arrived: one byte or many lines
            printer.write(buffer, 0, count);
        }
        printer.finish();                           // the last line, if it ended without '\n'
    }

    /**
     * Called once the server has closed: normally the sender half-closed first (that is why the server
     * closed) and is done, or is just finishing. Still sending after the grace period means the server
     * closed on its own, before the end of the input.
     */
    private void awaitHalfClose(CompletableFuture<Void> sent) {
        try {
            sent.get(SENDER_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new CommandFailedException(where() + " closed the connection before the end of the input");
        } catch (ExecutionException e) {
            throw lost(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted while finishing the connection to " + where(), e);
        }
    }

    private Socket connect() {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new CommandFailedException("cannot connect to " + where() + ": unknown host");
        }
        Socket socket = new Socket();
        try {
            socket.connect(address, CONNECT_TIMEOUT_MILLIS);
            return socket;
        } catch (IOException e) {
            closeAfterFailure(socket, e);
            throw new CommandFailedException("cannot connect to " + where() + ": " + e.getMessage(), e);
        }
    }

    private static void closeAfterFailure(Socket socket, Exception failure) {
        try {
            socket.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private CommandFailedException lost(Throwable cause) {
        return new CommandFailedException("connection to " + where() + " lost: " + cause.getMessage(), cause);
    }

    private String where() {
        return host + ":" + port;
    }
}
