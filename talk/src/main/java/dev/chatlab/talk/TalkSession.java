package dev.chatlab.talk;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab01.cli.ProcessContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * One connection of {@code talk}: connect (TCP, then the {@link Transport}), then two threads at once, because
 * each may block: a {@link StdinSender} copies stdin to the socket and half-closes at its end, while the
 * calling thread copies the socket to stdout through a {@link ReceivedPrinter} until the server closes.
 *
 * <p>The server's close ends the session. If the sender had half-closed (stdin ended), that is the normal
 * end: {@link #run} returns {@value #OK}. If the sender was still waiting for stdin, the server closed first:
 * {@link #run} writes a note and returns {@value #SERVER_CLOSED_FIRST}.
 */
final class TalkSession {

    /** The server closed after our half-close. */
    static final int OK = ProcessContract.OK;
    /** The server closed while stdin was still open. */
    static final int SERVER_CLOSED_FIRST = 3;

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final long SENDER_GRACE_MILLIS = 1_000; // a half-close that was just about to happen

    private final String host;
    private final int port;
    private final Transport transport;
    private final StdinSender.Framing framing;
    private final boolean timestamps;

    TalkSession(String host, int port, Transport transport, StdinSender.Framing framing, boolean timestamps) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.transport = Objects.requireNonNull(transport, "transport");
        this.framing = Objects.requireNonNull(framing, "framing");
        this.timestamps = timestamps;
    }

    /**
     * Connects, sends {@code input}, prints what arrives on {@code output} and notes on {@code notes}, and
     * returns the exit status once the server has closed. Blocks until then.
     *
     * @throws CommandFailedException if the client cannot connect, TLS fails, or the connection is lost
     */
    int run(InputStream input, OutputStream output, PrintStream notes) {
        Objects.requireNonNull(input, "input");
        try (Socket socket = transport.open(connect(), notes)) {
            ReceivedPrinter printer =
                    new ReceivedPrinter(output, notes, framing == StdinSender.Framing.RAW, timestamps);
            CompletableFuture<Void> sent = StdinSender.start(socket, input, framing);
            try {
                printer.copy(socket.getInputStream());
            } catch (IOException e) {
                throw lost(e, sent.isCompletedExceptionally() ? sent.exceptionNow() : null, printer.receivedNothing());
            }
            return afterServerClosed(sent, notes);
        } catch (IOException e) {
            throw lost(e, null, true);
        }
    }

    /** The server has closed: was our half-close first (0), or was stdin still open (3)? */
    private int afterServerClosed(CompletableFuture<Void> sent, PrintStream notes) {
        try {
            sent.get(SENDER_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            return OK;
        } catch (TimeoutException | ExecutionException e) {
            notes.println("* " + where() + " closed the connection before the end of stdin");
            return SERVER_CLOSED_FIRST;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted while finishing the connection to " + where(), e);
        }
    }

    /** The TCP connection, made within 10 s; the transport runs on top of it. */
    private Socket connect() {
        Socket socket = new Socket();
        try {
            InetSocketAddress address = new InetSocketAddress(host, port);   // resolves the host name
            if (address.isUnresolved()) {
                throw new UnknownHostException("unknown host");
            }
            socket.connect(address, CONNECT_TIMEOUT_MILLIS);               // the TCP handshake
            return socket;
        } catch (IOException e) {
            closeAfter(e, socket);
            throw new CommandFailedException("cannot connect to " + where() + ": " + e.getMessage(), e);
        }
    }

    private static void closeAfter(IOException failure, Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * The failure that ended the connection, told from both directions: the reader's {@code read} and the
     * sender's {@code sending} (null if it did not fail). A TLS alert wins, from whichever side saw it; in TLS 1.3
     * a refused client certificate arrives as an alert on the first read. Its reset may destroy that alert before
     * it is read, so over TLS a connection lost before any byte arrived is reported as what it most likely is.
     */
    private CommandFailedException lost(Throwable read, Throwable sending, boolean nothingReceived) {
        for (Throwable cause : new Throwable[] {read, sending}) {
            if (cause instanceof CommandFailedException failure) {
                return failure;
            }
            if (cause instanceof SSLException tls) {
                return new CommandFailedException("TLS: " + TlsFailureReason.of(tls), tls);
            }
        }
        Throwable cause = sending != null ? sending : read;
        if (transport instanceof TlsTransport && nothingReceived) {
            return new CommandFailedException("TLS: the server closed the connection right after the handshake ("
                    + cause.getMessage() + "); it may require a client certificate (--cert/--key) or refuse this one",
                    cause);
        }
        return new CommandFailedException("connection to " + where() + " lost: " + cause.getMessage(), cause);
    }

    private String where() {
        return host + ":" + port;
    }
}
