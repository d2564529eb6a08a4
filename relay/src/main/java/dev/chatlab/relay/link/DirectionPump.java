package dev.chatlab.relay.link;

import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.fault.FlipSpec;
import dev.chatlab.relay.fault.Shaping;
import dev.chatlab.relay.fault.TokenBucket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;

/**
 * One direction of a link: an intake thread reads the source socket into a {@link ChunkBuffer} (flipping,
 * capturing and counting on the way, and stamping each chunk with the time it is due), and a delivery thread
 * writes the chunks to the destination socket once they are due, not stalled, and within the bandwidth.
 */
final class DirectionPump {

    private static final int READ_SIZE = 16 * 1024;

    private final RelayLink link;
    private final Direction direction;
    private final Socket source;
    private final Socket destination;
    private final LinkContext context;
    private final ChunkBuffer buffer;
    private final DeliveryGate gate = new DeliveryGate();
    private final ByteCapture capture;
    private final Random jitter;
    private final TokenBucket bucket = new TokenBucket();
    private long received;                  // guarded by this: bytes read from the source, the flip offsets
    private long delivered;                 // guarded by this: bytes written to the destination
    private long lastDueNanos = Long.MIN_VALUE; // intake thread only: keeps the chunks in order under jitter
    private long flipOffset = -1;           // guarded by this: the armed flip, or -1
    private int flipMask;                   // guarded by this
    private OptionalLong flipped = OptionalLong.empty(); // guarded by this

    DirectionPump(RelayLink link, Direction direction, Socket source, Socket destination, LinkContext context) {
        this.link = link;
        this.direction = direction;
        this.source = source;
        this.destination = destination;
        this.context = context;
        this.buffer = new ChunkBuffer(context.bufferLimit());
        this.capture = new ByteCapture(context.captureLimit());
        this.jitter = context.random().stream("jitter " + link.id() + " " + direction.word());
    }

    void start() {
        String name = "link " + link.id() + " " + direction.word();
        Thread.ofVirtual().name(name + " intake").start(this::intake);
        Thread.ofVirtual().name(name + " delivery").start(this::deliver);
    }

    /** Reads the source until end of stream, queueing every chunk, then the end. */
    private void intake() {
        byte[] readBuffer = new byte[READ_SIZE];
        try {
            InputStream in = source.getInputStream();
            int count;
            while ((count = in.read(readBuffer)) != -1) { // blocks until bytes, end of stream, or a reset
                byte[] chunk = Arrays.copyOf(readBuffer, count);
                accept(chunk);
                if (!buffer.put(new ChunkBuffer.Chunk(chunk, dueNanos()))) {
                    return; // the link closed meanwhile
                }
            }
            buffer.put(new ChunkBuffer.Chunk(null, dueNanos())); // the half-close waits its turn behind the bytes
        } catch (IOException e) {
            link.fail("the " + direction.source() + " reset the connection (" + e.getMessage() + ")", CutMode.RESET);
        }
    }

    /** Writes the chunks as they come due; forwards the end as a half-close. */
    private void deliver() {
        try {
            OutputStream out = destination.getOutputStream();
            ChunkBuffer.Chunk chunk;
            while ((chunk = buffer.take()) != null) {
                if (!gate.await(chunk.dueNanos())) {
                    return;
                }
                if (chunk.isEnd()) {
                    destination.shutdownOutput(); // EOF on one side -> FIN on the other
                    link.directionEnded(direction);
                    return;
                }
                if (!write(out, chunk.data())) {
                    return;
                }
            }
        } catch (IOException e) {
            link.fail("writing to the " + direction.destination() + " failed (" + e.getMessage() + ")", CutMode.RESET);
        }
    }

    /** Writes {@code data} in slices the bandwidth allows; false if the link closed meanwhile. */
    private boolean write(OutputStream out, byte[] data) throws IOException {
        int offset = 0;
        while (offset < data.length) {
            long rate = context.shaping().apply(direction).bytesPerSecond();
            int slice = rate == 0 ? data.length - offset : Math.min(TokenBucket.sliceSize(rate), data.length - offset);
            if (!gate.await(bucket.reserve(slice, rate))) {
                return false;
            }
            out.write(data, offset, slice);
            offset += slice;
            synchronized (this) {
                delivered += slice;
            }
        }
        return true;
    }

    private long dueNanos() {
        Shaping shaping = context.shaping().apply(direction);
        long due = System.nanoTime() + shaping.delayNanos(jitter);
        lastDueNanos = lastDueNanos == Long.MIN_VALUE ? due : Math.max(due, lastDueNanos);
        return lastDueNanos;
    }

    /** Flips the armed byte if it is in {@code chunk}, captures and counts the chunk. */
    private synchronized void accept(byte[] chunk) {
        if (flipOffset >= received && flipOffset < received + chunk.length) {
            int index = (int) (flipOffset - received);
            byte before = chunk[index];
            chunk[index] ^= (byte) flipMask;
            flipped = OptionalLong.of(flipOffset);
            context.events().fault(String.format(Locale.ROOT, "flipped link %d %s byte at offset %d (0x%02x -> 0x%02x)",
                    link.id(), direction.word(), flipOffset, before & 0xFF, chunk[index] & 0xFF));
            flipOffset = -1;
        }
        capture.record(chunk);
        received += chunk.length;
    }

    /**
     * Arms a flip of the byte at {@code offset}.
     *
     * @throws IllegalStateException if a flip is armed already, or the offset has already gone by
     */
    synchronized void armFlip(long offset, FlipSpec spec) {
        if (flipOffset >= 0) {
            throw new IllegalStateException("link " + link.id() + " already has a flip armed " + direction.word()
                    + " at offset " + flipOffset);
        }
        if (offset < received) {
            throw new IllegalStateException("link " + link.id() + " has already forwarded " + received + " bytes "
                    + direction.word() + "; offset " + offset + " has gone by");
        }
        flipOffset = offset;
        flipMask = spec.mask();
    }

    synchronized OptionalLong flipped() {
        return flipped;
    }

    synchronized long received() {
        return received;
    }

    /** Bytes read from the source and not yet written to the destination. */
    synchronized long buffered() {
        return received - delivered;
    }

    byte[] captured() {
        return capture.bytes();
    }

    boolean captureTruncated() {
        return capture.truncated();
    }

    DeliveryGate gate() {
        return gate;
    }

    /** Stops both threads: what is still buffered is dropped. */
    void close() {
        buffer.close();
        gate.close();
    }
}
