package dev.chatlab.bench.net;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * chat/1 over TLS on a non-blocking channel: the {@link SSLEngine} does the handshake and the records, a
 * {@link TlsEnginePump} moves its ciphertext to and from the socket, and the load loop sees only plaintext.
 * The handshake runs step by step on the loop's readiness events ({@link #handshake()}), so a thousand
 * handshakes in flight cost no thread each. Selector thread only.
 */
final class TlsTransport implements Transport {

    /** Steps of one {@link #handshake()} call; a TLS 1.3 handshake needs about five. */
    private static final int MAX_STEPS = 100;
    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

    private final SocketChannel channel;
    private final SSLEngine engine;
    private final TlsEnginePump pump;
    private final String trusted;
    /** Plaintext that arrived with the handshake's last records, for the first read; null once read. */
    private ByteBuffer early;

    /**
     * A client transport that starts its handshake once {@code channel} is connected.
     *
     * @param engine  a client-mode engine for the dialled host
     * @param trusted what the engine trusts, for error messages (the CA file)
     */
    TlsTransport(SocketChannel channel, SSLEngine engine, String trusted) throws SSLException {
        this.channel = channel;
        this.engine = engine;
        this.trusted = trusted;
        this.pump = new TlsEnginePump(engine, channel);
        engine.beginHandshake();
    }

    @Override
    public boolean handshake() throws IOException {
        try {
            for (int step = 0; step < MAX_STEPS && pump.flush(); step++) {
                HandshakeStatus status = engine.getHandshakeStatus();
                switch (status) {
                    case NOT_HANDSHAKING, FINISHED -> {
                        return true;
                    }
                    case NEED_WRAP -> pump.wrap(NOTHING);
                    case NEED_TASK -> pump.runTasks();
                    case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                        int read = pump.fill();
                        if (read < 0 || pump.unwrap(early()) < 0) {
                            throw new EOFException("TLS: the server closed the connection during the handshake"
                                    + " (is it a TLS server?)");
                        }
                        if (read == 0 && engine.getHandshakeStatus() == status) {
                            return false; // the server's next record has not arrived
                        }
                    }
                }
            }
            return false;
        } catch (SSLException e) {
            throw explained(e);
        }
    }

    @Override
    public boolean wantsWrite() {
        return pump.hasOutput();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (dst.remaining() < pump.maxUnwrapped()) {
            throw new IllegalArgumentException("A TLS read needs room for a whole record: " + dst.remaining()
                    + " bytes left, " + pump.maxUnwrapped() + " needed");
        }
        int fromHandshake = 0;
        if (early != null) {
            fromHandshake = early.flip().remaining();
            dst.put(early);
            early = null;
        }
        int read = pump.fill();
        int unwrapped = pump.unwrap(dst);
        if (unwrapped < 0 || (read < 0 && unwrapped == 0)) {
            return fromHandshake > 0 ? fromHandshake : -1;
        }
        return fromHandshake + unwrapped;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        int consumed = 0;
        while (src.hasRemaining() && pump.flush()) {
            int taken = pump.wrap(src);
            consumed += taken;
            if (taken == 0 && !pump.hasOutput()) {
                break; // the engine took nothing and owes nothing: it is closing
            }
        }
        pump.flush(); // records wrapped for an empty src (a handshake or key update reply) go out too
        return consumed;
    }

    @Override
    public void close() {
        pump.closeOutbound();
        try {
            channel.close();
        } catch (IOException e) {
            // Closing a socket the server has already reset: nothing is left to release.
        }
    }

    private ByteBuffer early() {
        if (early == null) {
            early = ByteBuffer.allocate(pump.maxUnwrapped());
        }
        return early;
    }

    /** The engine's reason in the words of the bench's options: which CA was trusted, and how to change it. */
    private SSLHandshakeException explained(SSLException e) {
        String reason = String.valueOf(e.getMessage());
        String message;
        if (reason.contains("PKIX path") || reason.contains("certification path")) {
            message = "TLS: the server's certificate is not signed by the trusted CA " + trusted
                    + " (give the server's CA with --ca FILE)";
        } else if (reason.contains("nrecognized SSL message")) { // "Unrecognized SSL message, plaintext connection?"
            message = "TLS: the server did not answer in TLS (is it a TLS server?)";
        } else {
            message = "TLS: handshake failed (" + reason + "; trusted CA " + trusted + ")";
        }
        SSLHandshakeException clear = new SSLHandshakeException(message);
        clear.initCause(e);
        return clear;
    }
}
