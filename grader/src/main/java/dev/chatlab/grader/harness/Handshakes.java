package dev.chatlab.grader.harness;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

/**
 * Secures a socket the harness connected or accepted with the check's {@link Transport}, and turns a failed
 * TLS handshake into the check's failure: "client#1 expected a TLS 1.3 handshake with the server, but got:
 * PKIX path building failed ...".
 */
final class Handshakes {

    /** How long a handshake may take: a JVM on a busy machine, and lab03's own limit. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One side of a handshake: {@link Transport#asClient} or {@link Transport#asServer}. */
    @FunctionalInterface
    interface Side {
        Socket secure(Socket tcp, Duration timeout) throws IOException;
    }

    private Handshakes() {
    }

    /**
     * Returns {@code tcp} secured by {@code side} of the transport (itself for plain TCP), noting a TLS
     * handshake in the transcript. On failure closes {@code tcp} and fails the check, naming {@code peer}.
     */
    static Socket secure(Side side, Socket tcp, String actor, String peer, Transcript transcript) throws IOException {
        Socket socket;
        try {
            socket = side.secure(tcp, TIMEOUT);
        } catch (IOException e) {
            tcp.close();
            transcript.note(actor, "fails the TLS handshake: " + reason(e));
            throw new AssertionError(actor + " expected a TLS 1.3 handshake with " + peer + ", but got: "
                    + reason(e), e);
        }
        if (socket instanceof SSLSocket tls) {
            transcript.note(actor, "completes a handshake: " + tls.getSession().getProtocol() + ", "
                    + tls.getSession().getCipherSuite());
        }
        return socket;
    }

    private static String reason(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return "no handshake within " + Connection.show(TIMEOUT);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
