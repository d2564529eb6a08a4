package dev.chatlab.grader.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;

/**
 * One connection of the grader's, to a server under test or from a client under test, over the check's
 * {@link Transport} (plain TCP or TLS), with every byte sent and received written to the check's
 * {@link Transcript}.
 *
 * <p>Every read is bounded by a timeout and fails with an "expected X, but got Y" message. A half-close sends
 * TLS's close_notify before TCP's FIN; a reset is a TCP reset under TLS, with no close_notify. Not thread-safe:
 * one thread reads, and one thread (possibly another) writes.
 */
public final class Connection implements AutoCloseable {

    /** The TCP socket: what a reset closes. */
    private final Socket tcp;
    /** What the check reads and writes: {@link #tcp} itself, or the TLS socket layered on it. */
    private final Socket socket;
    private final String name;
    private final Transcript transcript;
    private final InputStream in;
    private final OutputStream out;
    /** The longest line {@link #readLine} accepts: a peer that sends more with no line end fails the check. */
    private static final int MAX_LINE_BYTES = 1 << 20;

    private final byte[] readBuffer = new byte[64 * 1024];
    /** Bytes received but not yet consumed by a read method. */
    private byte[] pending = new byte[0];
    /**
     * Set once this side closes or resets. A TLS socket also closes itself when the peer resets it, so whether
     * the socket is closed does not tell who closed it.
     */
    private volatile boolean closedHere;

    Connection(Socket tcp, Socket socket, String name, Transcript transcript) throws IOException {
        this.tcp = Objects.requireNonNull(tcp, "tcp");
        this.socket = Objects.requireNonNull(socket, "socket");
        this.name = Objects.requireNonNull(name, "name");
        this.transcript = Objects.requireNonNull(transcript, "transcript");
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** The name this connection has in the transcript: {@code client#1}, {@code fake server}. */
    public String name() {
        return name;
    }

    /** Sends {@code data} at once. */
    public void send(byte[] data) throws IOException {
        transcript.sent(name, data, 0, data.length);
        out.write(data);
        out.flush();
    }

    /** Sends {@code text} as UTF-8, with no line end added. */
    public void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code line} as UTF-8 followed by {@code \n}. */
    public void sendLine(String line) throws IOException {
        send(line + "\n");
    }

    /**
     * Half-closes: no more bytes will be sent, but the peer's bytes can still be read. Over TLS 1.3 this sends
     * close_notify, then TCP's FIN.
     */
    public void shutdownOutput() throws IOException {
        transcript.note(name, "half-closes (shutdownOutput)");
        socket.shutdownOutput();
    }

    /**
     * Closes abruptly with a TCP reset (SO_LINGER 0) instead of an orderly close; over TLS the TCP socket is
     * reset under the TLS layer, so no close_notify goes out first.
     */
    public void reset() throws IOException {
        transcript.note(name, "resets the connection (SO_LINGER 0)");
        closedHere = true;
        tcp.setSoLinger(true, 0);
        tcp.close();
    }

    /**
     * Reads up to and including the next {@code \n} and returns the line without it (nor a {@code \r}
     * before it). Blocks at most {@code timeout}; fails if no whole line arrived by then or the peer closed.
     */
    public String readLine(Duration timeout) throws IOException {
        return readLine(timeout, "a whole line");
    }

    /**
     * Reads the next line as {@link #readLine(Duration)} does; {@code what} describes the line expected for the
     * failure message ("a `welcome` frame").
     */
    public String readLine(Duration timeout, String what) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int newline;
        while ((newline = indexOf(pending, (byte) '\n')) < 0) {
            if (!receive(deadline)) {
                throw new AssertionError(String.format("%s expected %s, but %s", name, what,
                        pending.length == 0 ? "the connection was closed" : "the connection was closed after "
                                + Transcript.show(pending, 0, pending.length) + " with no line end"));
            }
            if (pending.length > MAX_LINE_BYTES && indexOf(pending, (byte) '\n') < 0) {
                throw new AssertionError(String.format("%s expected %s, but got more than %d bytes with no line end",
                        name, what, MAX_LINE_BYTES));
            }
            if (System.nanoTime() >= deadline && indexOf(pending, (byte) '\n') < 0) {
                throw timedOut(what, timeout);
            }
        }
        byte[] line = Arrays.copyOf(pending, newline);
        pending = Arrays.copyOfRange(pending, newline + 1, pending.length);
        int end = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        return new String(line, 0, end, StandardCharsets.UTF_8);
    }

    /** Reads exactly {@code count} bytes, blocking at most {@code timeout}. */
    public byte[] readExactly(int count, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.length < count) {
            if (!receive(deadline)) {
                throw new AssertionError(String.format("%s expected %s, but the connection was closed %s", name,
                        bytes(count), pending.length == 0 ? "before any came" : "after only " + bytes(pending.length)));
            }
            if (System.nanoTime() >= deadline && pending.length < count) {
                throw new AssertionError(String.format("%s expected %s within %s, but got %s", name, bytes(count),
                        show(timeout), pending.length == 0 ? "nothing" : "only " + pending.length));
            }
        }
        byte[] data = Arrays.copyOf(pending, count);
        pending = Arrays.copyOfRange(pending, count, pending.length);
        return data;
    }

    /**
     * Expects the peer to close (end of stream, reset, or a TLS alert) within {@code timeout}, with no more data
     * first.
     */
    public void expectClosed(Duration timeout) throws IOException {
        if (pending.length > 0) {
            throw new AssertionError(String.format("%s expected the connection to be closed, but got %s",
                    name, Transcript.show(pending, 0, pending.length)));
        }
        awaitClose(timeout, false);
    }

    /**
     * Reads and drops every byte until the peer closes the connection (end of stream or reset), waiting at most
     * {@code timeout}, and returns how many bytes were dropped; fails if the connection is still open then. For
     * a peer that sends more than a check looks at: the transcript notes the count instead of the bytes.
     */
    public long discardUntilClosed(Duration timeout) throws IOException {
        long dropped = pending.length;
        pending = new byte[0];
        return dropped + awaitClose(timeout, true);
    }

    /**
     * Reads and drops what the peer sends until it closes the connection or {@code timeout} passes, and tells
     * which came first: true if the peer closed (end of stream or reset). For a check that waits for a close
     * at a deadline and must notice one that comes too early.
     */
    public boolean closesWithin(Duration timeout) throws IOException {
        pending = new byte[0];
        try {
            awaitClose(timeout, true);
            return true;
        } catch (StillOpen open) {
            return false;
        }
    }

    /**
     * The subject of the certificate the peer presented in the TLS handshake ("CN=grader"); empty over plain
     * TCP, or if the peer presented none.
     */
    public Optional<String> peerCertificateSubject() {
        if (!(socket instanceof SSLSocket tls)) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = tls.getSession().getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x509
                    ? Optional.of(x509.getSubjectX500Principal().getName()) : Optional.empty();
        } catch (SSLPeerUnverifiedException none) {
            return Optional.empty();
        }
    }

    /**
     * Proves that nothing arrives for {@code quiet} and that the connection stays open: fails with what did
     * arrive, if anything, or with the close.
     */
    public void expectNothing(Duration quiet) throws IOException {
        if (pending.length == 0 && !receive(System.nanoTime() + quiet.toNanos())) {
            throw new AssertionError(name + " expected the connection to stay open and quiet, but it was closed");
        }
        if (pending.length > 0) {
            throw new AssertionError(String.format("%s expected nothing more, but got %s",
                    name, Transcript.show(pending, 0, pending.length)));
        }
    }

    /**
     * Waits at most {@code timeout} for the peer to close, and returns the bytes that came first (which fail
     * the check unless {@code dataAllowed}). A reset or a TLS alert counts as a close by the peer; this side's own
     * close does not.
     */
    private long awaitClose(Duration timeout, boolean dataAllowed) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long received = 0;
        try {
            while (true) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    throw new StillOpen(String.format("%s expected the connection to be closed within %s, "
                            + "but it is still open", name, show(timeout))
                            + (received > 0 ? " after " + bytes(received) : ""));
                }
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
                int n;
                try {
                    n = in.read(readBuffer);
                } catch (SocketTimeoutException stillOpen) {
                    continue;
                }
                if (n < 0) {
                    transcript.note(name, dropped(received) + "sees the connection closed");
                    return received;
                }
                if (!dataAllowed) {
                    transcript.received(name, readBuffer, 0, n);
                    throw new AssertionError(String.format("%s expected the connection to be closed, but got %s",
                            name, Transcript.show(readBuffer, 0, n)));
                }
                received += n;
            }
        } catch (SocketException reset) {
            if (closedHere) {
                throw reset; // closed on this side, not by the peer
            }
            transcript.note(name, dropped(received) + "sees the connection reset");
            return received;
        } catch (SSLException alert) {
            // Over TLS, a peer that ends the connection with a fatal alert (bad_record_mac, say) closes it too.
            transcript.note(name, dropped(received) + "sees the connection closed by a TLS alert: "
                    + alert.getMessage());
            return received;
        }
    }

    /** The failure of a wait for a close that did not come. */
    private static final class StillOpen extends AssertionError {

        private static final long serialVersionUID = 1L;

        StillOpen(String message) {
            super(message);
        }
    }

    private static String dropped(long bytes) {
        return bytes > 0 ? "drops " + bytes(bytes) + " and " : "";
    }

    /** A count of bytes in words: "1 byte", "14 bytes". */
    public static String bytes(long count) {
        return count == 1 ? "1 byte" : count + " bytes";
    }

    /** Closes in order (over TLS with close_notify first); after a {@link #reset()}, does nothing. */
    @Override
    public void close() throws IOException {
        closedHere = true;
        if (!tcp.isClosed()) {
            socket.close();
        }
    }

    /**
     * Closes the TCP socket at once, without TLS's close_notify, which could block on a peer that stopped
     * reading: how the harness closes what a check left open. Never blocks.
     */
    void abort() throws IOException {
        closedHere = true;
        tcp.close();
    }

    /**
     * Waits until {@code deadline} for more bytes and appends them to {@link #pending}. Returns false at end
     * of stream, true otherwise (also when nothing arrived before the deadline).
     */
    private boolean receive(long deadline) throws IOException {
        long remainingMillis = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, remainingMillis));
        int n;
        try {
            n = in.read(readBuffer);
        } catch (SocketTimeoutException nothingYet) {
            return true;
        }
        if (n < 0) {
            return false;
        }
        transcript.received(name, readBuffer, 0, n);
        byte[] joined = Arrays.copyOf(pending, pending.length + n);
        System.arraycopy(readBuffer, 0, joined, pending.length, n);
        pending = joined;
        return true;
    }

    private AssertionError timedOut(String what, Duration timeout) {
        String got = pending.length == 0 ? "nothing" : Transcript.show(pending, 0, pending.length);
        return new AssertionError(String.format("%s expected %s within %s, but got %s",
                name, what, show(timeout), got));
    }

    static String show(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static int indexOf(byte[] data, byte value) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
