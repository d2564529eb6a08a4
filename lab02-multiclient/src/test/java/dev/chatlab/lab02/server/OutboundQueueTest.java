package dev.chatlab.lab02.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    void a_written_frame_frees_its_bytes() throws Exception {
        OutboundQueue queue = new OutboundQueue(8);
        queue.offer(bytes("one\n"));
        queue.offer(bytes("two\n"));
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
                    case "one\ntwo\n" -> offers.add(queue.offer(bytes("six\n"))); // one is written: 4 + 4 <= 8
                    case "one\ntwo\nsix\n" -> queue.finish();
                    default -> {
                    }
                }
            }
        });

        assertThat(offers).containsExactly(true);
        assertThat(written.toString()).isEqualTo("one\ntwo\nsix\n");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
