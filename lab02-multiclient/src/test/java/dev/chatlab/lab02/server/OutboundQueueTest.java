package dev.chatlab.lab02.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class OutboundQueueTest {

    @Test
    void holds_frames_up_to_its_bound_and_refuses_the_one_that_would_exceed_it() {
        OutboundQueue queue = new OutboundQueue(10);

        assertThat(queue.offer(new byte[6])).isTrue();
        assertThat(queue.offer(new byte[4])).isTrue();
        assertThat(queue.offer(new byte[1])).as("11 bytes > 10").isFalse();
        assertThat(queue.offer(new byte[1])).as("an overflowed queue is closed").isFalse();
    }

    @Test
    void finish_writes_what_is_queued_in_order_then_stops() throws Exception {
        OutboundQueue queue = new OutboundQueue(100);
        queue.offer(bytes("one\n"));
        queue.offer(bytes("two\n"));
        queue.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        queue.drainTo(out);

        assertThat(out.toString()).isEqualTo("one\ntwo\n");
        assertThat(queue.offer(bytes("three\n"))).isFalse();
    }

    @Test
    void abort_drops_what_is_queued() throws Exception {
        OutboundQueue queue = new OutboundQueue(100);
        queue.offer(bytes("one\n"));
        queue.abort();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        queue.drainTo(out);

        assertThat(out.size()).isZero();
    }

    @Test
    void a_frame_counts_against_the_bound_until_it_is_written() throws Exception {
        OutboundQueue queue = new OutboundQueue(8);
        queue.offer(bytes("1234567\n"));
        List<Boolean> offersWhileWriting = new ArrayList<>();

        queue.drainTo(new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(byte[] frame, int offset, int length) {
                offersWhileWriting.add(queue.offer(bytes("x")));
            }
        });

        assertThat(offersWhileWriting).as("9 bytes > 8: the queue overflows and aborts").containsExactly(false);
    }

    @Test
    void a_written_batch_frees_its_bytes() throws Exception {
        OutboundQueue queue = new OutboundQueue(8);
        queue.offer(bytes("one\n"));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        List<Boolean> offers = new ArrayList<>();

        queue.drainTo(new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(byte[] frame, int offset, int length) {
                written.write(frame, offset, length);
                switch (written.toString()) {
                    case "one\n" -> offers.add(queue.offer(bytes("two\n")));          // 4 + 4 <= 8
                    case "one\ntwo\n" -> offers.add(queue.offer(bytes("six\n")));    // one is written: 4 + 4 <= 8
                    case "one\ntwo\nsix\n" -> queue.finish();
                    default -> {
                    }
                }
            }
        });

        assertThat(offers).containsExactly(true, true);
        assertThat(written.toString()).isEqualTo("one\ntwo\nsix\n");
    }

    @Test
    void the_writer_takes_every_queued_frame_into_one_flush() throws Exception {
        OutboundQueue queue = new OutboundQueue(1000);
        for (String frame : List.of("one\n", "two\n", "three\n")) {
            queue.offer(bytes(frame));
        }
        queue.finish();
        FlushRecorder out = new FlushRecorder();

        queue.drainTo(out);

        assertThat(out.flushed).containsExactly("one\ntwo\nthree\n");
    }

    @Test
    void a_writer_waiting_on_the_empty_queue_writes_what_is_offered_once_woken() throws Exception {
        OutboundQueue queue = new OutboundQueue(100);
        BlockingQueue<String> flushes = new LinkedBlockingQueue<>();
        FlushRecorder out = new FlushRecorder() {
            @Override
            public void flush() {
                super.flush();
                flushes.add(flushed.getLast());
            }
        };
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                queue.drainTo(out);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        queue.offer(bytes("one\n"));
        queue.wakeWriter();
        assertThat(flushes.poll(5, TimeUnit.SECONDS)).isEqualTo("one\n");
        queue.offer(bytes("two\n"));
        queue.wakeWriter();
        assertThat(flushes.poll(5, TimeUnit.SECONDS)).isEqualTo("two\n");

        queue.finish();
        writer.join();
        assertThat(flushes).as("nothing else written").isEmpty();
    }

    @Test
    void one_flush_takes_at_most_the_batch_bound_unless_one_frame_is_longer() throws Exception {
        OutboundQueue queue = new OutboundQueue(10 * OutboundQueue.BATCH_BYTES);
        queue.offer(bytes("a".repeat(OutboundQueue.BATCH_BYTES - 1)));
        queue.offer(bytes("bb"));
        queue.offer(bytes("c".repeat(OutboundQueue.BATCH_BYTES + 1)));
        queue.finish();
        FlushRecorder out = new FlushRecorder();

        queue.drainTo(out);

        assertThat(out.flushed).extracting(String::length)
                .containsExactly(OutboundQueue.BATCH_BYTES - 1, 2, OutboundQueue.BATCH_BYTES + 1);
    }

    @Test
    void is_congested_past_its_back_pressure_mark_and_no_longer_once_the_writer_drains_it() throws Exception {
        OutboundQueue queue = new OutboundQueue(1 << 20);
        assertThat(queue.offer(new byte[(int) OutboundBackPressure.BACK_PRESSURE_BYTES])).isTrue();
        assertThat(queue.backPressure().congested()).as("at the mark").isFalse();
        queue.offer(new byte[1]);
        assertThat(queue.backPressure().congested()).as("past the mark").isTrue();

        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                queue.drainTo(OutputStream.nullOutputStream());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        queue.backPressure().awaitDrained();

        assertThat(queue.backPressure().congested()).isFalse();
        queue.finish();
        writer.join();
    }

    @Test
    void a_queue_whose_socket_takes_nothing_is_waited_for_once_then_counts_as_stalled() throws Exception {
        OutboundQueue queue = new OutboundQueue(1 << 20);
        queue.offer(new byte[(int) OutboundBackPressure.BACK_PRESSURE_BYTES + 1]); // no writer: nothing is ever taken
        long started = System.nanoTime();

        queue.backPressure().awaitDrained();

        assertThat(System.nanoTime() - started).as("waited for the stall time")
                .isGreaterThanOrEqualTo(OutboundBackPressure.STALL.toNanos());
        assertThat(queue.backPressure().congested()).as("a stalled client holds no sender back").isFalse();
        assertThat(queue.offer(new byte[1])).as("it still gets frames, up to its bound").isTrue();
    }

    /** Collects what is written, and notes it as one batch at each flush. */
    private static class FlushRecorder extends OutputStream {
        final List<String> flushed = new ArrayList<>();
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            pending.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            flushed.add(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
