package dev.chatlab.lab03.server;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.server.ConnectionGuard;
import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab03.limits.ErrorStreak;
import dev.chatlab.lab03.limits.TokenBucket;
import dev.chatlab.lab03.tls.TlsFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * Watches one TLS connection for lab02's server, in the order lab02 calls it: the TLS handshake before the
 * first frame; the address lockout and the password of a hello ({@link LoginCheck}); the token bucket of say
 * and whisper; the count of error replies in a row. Two deadlines run from accept on the server's timer
 * thread: the handshake's and hello's; each closes the connection when it passes, whatever the client sends
 * meanwhile, and only its own event stops it (the handshake done, a hello accepted).
 *
 * <p>Made on the accept thread; every other method runs on the connection's reader thread, except the
 * deadlines, which run on the timer thread and only close.
 */
final class SecureGuard implements ConnectionGuard {

    private final SSLSocket socket;
    private final Runnable close;
    private final AbuseLimits limits;
    private final ScheduledExecutorService timers;
    private final LoginCheck logins;
    private final PrintStream log;
    private final TokenBucket bucket;
    private final ErrorStreak errors;
    private ScheduledFuture<?> handshakeDeadline;
    private ScheduledFuture<?> helloDeadline;
    private volatile boolean expired; // a deadline has closed the connection

    /** A guard for {@code socket}, just accepted: its deadlines start now. */
    SecureGuard(SSLSocket socket, Runnable close, AbuseLimits limits, ScheduledExecutorService timers,
                LoginCheck logins, PrintStream log) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.close = Objects.requireNonNull(close, "close");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.logins = Objects.requireNonNull(logins, "logins");
        this.log = Objects.requireNonNull(log, "log");
        this.bucket = limits.newBucket();
        this.errors = new ErrorStreak(limits.maxConsecutiveErrors());
        startDeadlines();
    }

    /**
     * Starts, at accept, the deadlines of the handshake and of hello: timers on {@code timers} that run
     * {@link #expire} when their time from accept has passed, however many bytes arrived meanwhile.
     */
    private void startDeadlines() {
        // BEGIN SOLUTION: start the handshake and hello deadlines at accept, as timers that close, not read timeouts
        handshakeDeadline = timers.schedule(() -> expire("no TLS handshake", limits.handshakeDeadline()),
                limits.handshakeDeadline().toNanos(), TimeUnit.NANOSECONDS);
        helloDeadline = timers.schedule(() -> expire("no hello", limits.helloDeadline()),
                limits.helloDeadline().toNanos(), TimeUnit.NANOSECONDS);
        // END SOLUTION
    }

    /** A deadline passed: logs it and closes the connection (on the timer thread). */
    private void expire(String what, Duration deadline) {
        log.println("chat server: closing " + socket.getRemoteSocketAddress() + ": " + what + " within "
                + deadline.toMillis() + " ms of accept");
        expired = true;
        close.run();
    }

    /** The TLS handshake, cut short by the handshake deadline. */
    @Override
    public void beforeFirstFrame() throws IOException {
        try {
            socket.startHandshake();
        } catch (SSLException e) {
            if (!expired) { // else the deadline cut it short, and said so
                log.println("chat server: TLS with " + socket.getRemoteSocketAddress() + " failed: "
                        + TlsFailure.of(e, "the client").getMessage());
            }
            throw e;
        }
        if (!handshakeDeadline.cancel(false)) {
            throw new IOException("the handshake deadline passed"); // and has closed the connection
        }
    }

    @Override
    public void check(ClientFrame frame) throws ProtocolException {
        switch (frame) {
            case ClientFrame.Hello hello -> logins.check(socket.getInetAddress(), hello);
            case ClientFrame.Say say -> needToken();
            case ClientFrame.Whisper whisper -> needToken();
            default -> {
                // who, ping and bye cost nothing
            }
        }
    }

    private void needToken() throws ProtocolException {
        if (!bucket.hasToken()) {
            throw new ProtocolException(ErrorCode.RATE_LIMITED, "Too many messages; at most "
                    + BigDecimal.valueOf(limits.messagesPerSecond()).stripTrailingZeros().toPlainString()
                    + " per second, in bursts of " + limits.messageBurst() + ".");
        }
    }

    @Override
    public void accepted(ClientFrame frame) {
        errors.success();
        switch (frame) {
            case ClientFrame.Hello hello -> helloDeadline.cancel(false); // only a successful hello stops it
            case ClientFrame.Say say -> bucket.tryTake();                // delivered: now it costs a token
            case ClientFrame.Whisper whisper -> bucket.tryTake();
            default -> {
                // nothing to count
            }
        }
    }

    @Override
    public boolean closeAfterError(ErrorCode code) {
        return errors.error(code);
    }

    @Override
    public void ended() {
        handshakeDeadline.cancel(false);
        helloDeadline.cancel(false);
    }
}
