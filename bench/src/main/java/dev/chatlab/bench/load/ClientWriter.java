package dev.chatlab.bench.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;

/**
 * The sending side of a {@link LoadLoop}'s clients: writes a frame through the client's transport at once,
 * keeps what the socket does not take in the client's {@code pending} buffer, and asks the selector for
 * {@code OP_WRITE} while anything waits, the client's own bytes or TLS records the transport still holds.
 * One direct buffer per loop carries every write. Loop thread only.
 */
final class ClientWriter {

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final ByteBuffer writeBuffer;

    ClientWriter(int bufferSize) {
        this.writeBuffer = ByteBuffer.allocateDirect(bufferSize);
    }

    /**
     * Writes {@code bytes} now, keeping what the socket does not take for when it becomes writable; behind
     * bytes already pending, it only queues them, so that frames stay in order.
     *
     * @throws IOException if the connection failed
     */
    void write(LoadClient client, byte[] bytes) throws IOException {
        if (client.pending != null) {
            client.pending = ByteBuffer.allocate(client.pending.remaining() + bytes.length).put(client.pending)
                    .put(bytes).flip();
            return;
        }
        writeBuffer.clear();
        writeBuffer.put(bytes).flip();
        client.transport.write(writeBuffer);
        if (writeBuffer.hasRemaining()) {
            client.pending = ByteBuffer.allocate(writeBuffer.remaining()).put(writeBuffer).flip();
        }
        if (client.pending != null || client.transport.wantsWrite()) {
            client.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    /**
     * The socket became writable: writes what is pending, or lets the transport write the records it holds;
     * drops {@code OP_WRITE} once nothing waits.
     *
     * @throws IOException if the connection failed
     */
    void flush(LoadClient client) throws IOException {
        if (client.pending != null) {
            client.transport.write(client.pending);
            if (!client.pending.hasRemaining()) {
                client.pending = null;
            }
        } else {
            client.transport.write(EMPTY);
        }
        if (client.pending == null && !client.transport.wantsWrite()) {
            client.key.interestOps(SelectionKey.OP_READ);
        }
    }
}
