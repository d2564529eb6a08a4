package dev.chatlab.bench.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;

/**
 * The record layer of one TLS connection: moves ciphertext between the socket and the
 * {@link SSLEngine}, which turns it into plaintext ({@code unwrap}) and back ({@code wrap}). Holds two
 * buffers of one TLS record each: {@code netIn}, the ciphertext read but not yet unwrapped (a record that
 * arrived in part waits there for its rest), and {@code netOut}, records wrapped but not yet taken by the
 * socket. Never blocks; selector thread only.
 */
final class TlsEnginePump {

    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

    private final SSLEngine engine;
    private final SocketChannel channel;
    /** Ciphertext from the socket, in write mode (filled by reads, drained by unwraps). */
    private final ByteBuffer netIn;
    /** Ciphertext for the socket, in read mode (filled by wraps, drained by writes). */
    private final ByteBuffer netOut;

    TlsEnginePump(SSLEngine engine, SocketChannel channel) {
        this.engine = engine;
        this.channel = channel;
        int record = engine.getSession().getPacketBufferSize();
        this.netIn = ByteBuffer.allocate(record);
        this.netOut = ByteBuffer.allocate(record).flip();
    }

    /** The most plaintext one {@link #unwrap} can produce: what {@code netIn} can hold, decrypted. */
    int maxUnwrapped() {
        return engine.getSession().getApplicationBufferSize();
    }

    /**
     * Reads what the socket has into {@code netIn}.
     *
     * @return the bytes read, or -1 at the end of the stream
     */
    int fill() throws IOException {
        return netIn.hasRemaining() ? channel.read(netIn) : 0;
    }

    /**
     * Unwraps every complete record in {@code netIn} into {@code dst}, runs the engine's tasks and answers
     * what it asks to send (a TLS 1.3 key update, a handshake step).
     *
     * @return the plaintext bytes added to {@code dst}, or -1 if the peer closed TLS (close_notify)
     */
    int unwrap(ByteBuffer dst) throws IOException {
        int produced = 0;
        netIn.flip();
        try {
            while (netIn.hasRemaining()) {
                SSLEngineResult result = engine.unwrap(netIn, dst);
                produced += result.bytesProduced();
                switch (result.getStatus()) {
                    case CLOSED -> {
                        return produced > 0 ? produced : -1;
                    }
                    case BUFFER_UNDERFLOW, BUFFER_OVERFLOW -> {
                        return produced; // a record in part (its rest comes with the next read), or dst full
                    }
                    case OK -> runTasks();
                }
                if (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP) {
                    wrap(NOTHING);
                    flush();
                }
                if (result.bytesConsumed() == 0 && result.bytesProduced() == 0) {
                    return produced;
                }
            }
            return produced;
        } finally {
            netIn.compact();
        }
    }

    /**
     * Wraps as much of {@code src} as one record holds (or the handshake message the engine owes first) into
     * {@code netOut}, behind what it still holds: callers {@link #flush()} first, so there is room.
     *
     * @return the plaintext bytes consumed
     */
    int wrap(ByteBuffer src) throws SSLException {
        netOut.compact();
        SSLEngineResult result;
        try {
            result = engine.wrap(src, netOut);
        } finally {
            netOut.flip();
        }
        if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
            throw new SSLException("TLS: the connection is closed");
        }
        runTasks();
        return result.bytesConsumed();
    }

    /** Writes {@code netOut} to the socket; true when it is all written. */
    boolean flush() throws IOException {
        while (netOut.hasRemaining()) {
            if (channel.write(netOut) == 0) {
                return false;
            }
        }
        return true;
    }

    /** True while wrapped records wait for the socket. */
    boolean hasOutput() {
        return netOut.hasRemaining();
    }

    /** Sends close_notify if the socket takes it now; then the connection may be closed. Never throws. */
    void closeOutbound() {
        engine.closeOutbound();
        if (!channel.isConnected()) {
            return; // the TCP connect never finished: there is no peer to tell
        }
        try {
            if (flush()) {
                netOut.compact();
                try {
                    engine.wrap(NOTHING, netOut);
                } finally {
                    netOut.flip();
                }
                flush();
            }
        } catch (IOException e) {
            // The peer is gone already: there is nobody left to tell.
        }
    }

    /** Runs the engine's delegated tasks (certificate checks, key agreement) here and now. */
    void runTasks() {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run(); // on the selector thread: a handshake's cost counts into the connect time
        }
    }
}
