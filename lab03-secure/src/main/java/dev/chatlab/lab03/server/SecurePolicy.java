package dev.chatlab.lab03.server;

import dev.chatlab.lab02.server.ConnectionGuard;
import dev.chatlab.lab02.server.ConnectionPolicy;
import dev.chatlab.lab03.accounts.AccountVerifier;
import dev.chatlab.lab03.accounts.LoginThrottle;
import dev.chatlab.lab03.limits.AbuseLimits;
import java.io.PrintStream;
import java.net.Socket;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import javax.net.ssl.SSLSocket;

/**
 * lab03's rules for lab02's server: at most {@link AbuseLimits#maxConnections()} connections open at once
 * (those still in their TLS handshake count: the server counts from accept), and a {@link SecureGuard} per
 * connection for the handshake, the deadlines, the login and the message limits. The deadlines of every
 * connection share one timer thread, which only closes sockets.
 *
 * <p>Thread-safe. {@link #close()} stops the timer thread; the server that uses this policy closes it when
 * it closes.
 */
public final class SecurePolicy implements ConnectionPolicy, AutoCloseable {

    private final AbuseLimits limits;
    private final LoginCheck logins;
    private final PrintStream log;
    private final ScheduledExecutorService timers;

    private SecurePolicy(AbuseLimits limits, LoginCheck logins, PrintStream log) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.logins = logins;
        this.log = log;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("connection deadlines").factory());
        executor.setRemoveOnCancelPolicy(true); // a stopped deadline leaves the queue at once, not in 30 s
        this.timers = Executors.unconfigurableScheduledExecutorService(executor);
    }

    /** The policy of a server without accounts: any nick may join; {@code log} gets one line per closing. */
    public static SecurePolicy withoutAccounts(AbuseLimits limits, PrintStream log) {
        return new SecurePolicy(limits, LoginCheck.anyone(log), log);
    }

    /** The policy of a server with accounts: a hello needs its nick's password, and failures lock out. */
    public static SecurePolicy withAccounts(AbuseLimits limits, AccountVerifier verifier,
                                            LoginThrottle throttle, PrintStream log) {
        return new SecurePolicy(limits, LoginCheck.accounts(verifier, throttle, log), log);
    }

    /** The limits applied. */
    public AbuseLimits limits() {
        return limits;
    }

    /** Whether a hello needs a password. */
    public boolean needsPassword() {
        return logins.needsPassword();
    }

    @Override
    public boolean admits(int openConnections) {
        return openConnections <= limits.maxConnections();
    }

    /**
     * The guard of a TLS connection just accepted: its deadlines start now.
     *
     * @throws IllegalArgumentException if {@code socket} is not a TLS socket (the server was not opened with
     *                                  {@link dev.chatlab.lab03.tls.ServerTls}'s factory)
     */
    @Override
    public ConnectionGuard guard(Socket socket, Runnable close) {
        if (!(socket instanceof SSLSocket tls)) {
            throw new IllegalArgumentException("lab03 guards TLS connections only, not " + socket.getClass().getName());
        }
        return new SecureGuard(tls, close, limits, timers, logins, log);
    }

    /** Stops the timer thread; deadlines not passed yet never fire. */
    @Override
    public void close() {
        timers.shutdownNow();
    }
}
