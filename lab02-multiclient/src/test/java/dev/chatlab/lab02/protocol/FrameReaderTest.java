package dev.chatlab.lab02.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class FrameReaderTest {

    private static final int LIMIT = FrameReader.MAX_FRAME_BYTES;

    @Test
    void reads_lines_ended_by_lf_or_crlf() throws Exception {
        FrameReader reader = reader(bytes("one\ntwo\r\n\nthree\r\n"));

        assertThat(text(reader.readFrame())).isEqualTo("one");
        assertThat(text(reader.readFrame())).isEqualTo("two");
        assertThat(text(reader.readFrame())).isEmpty();
        assertThat(text(reader.readFrame())).isEqualTo("three");
        assertThat(reader.readFrame()).isNull();
    }

    @Test
    void an_unterminated_last_line_is_not_a_frame() throws Exception {
        FrameReader reader = reader(bytes("whole\npart"));

        assertThat(text(reader.readFrame())).isEqualTo("whole");
        assertThat(reader.readFrame()).isNull();
    }

    @Test
    void accepts_exactly_16384_bytes_with_lf_or_crlf() throws Exception {
        FrameReader reader = reader(concat(filler(LIMIT), bytes("\n"), filler(LIMIT), bytes("\r\n")));

        assertThat(reader.readFrame()).hasSize(LIMIT);
        assertThat(reader.readFrame()).hasSize(LIMIT);
    }

    @Test
    void refuses_16385_bytes_then_reads_the_next_frame() throws Exception {
        FrameReader reader = reader(concat(filler(LIMIT + 1), bytes("\nnext\n")));

        assertTooLong(reader);
        assertThat(text(reader.readFrame())).isEqualTo("next");
    }

    @Test
    void a_cr_as_byte_16385_is_the_line_end_when_lf_follows() throws Exception {
        FrameReader reader = reader(concat(filler(LIMIT), bytes("\r\nnext\n")));

        assertThat(reader.readFrame()).hasSize(LIMIT);
        assertThat(text(reader.readFrame())).isEqualTo("next");
    }

    @Test
    void a_cr_as_byte_16385_counts_once_the_next_byte_is_not_lf() throws Exception {
        FrameReader reader = reader(concat(filler(LIMIT), bytes("\rx\nnext\n")));

        assertTooLong(reader);
        assertThat(text(reader.readFrame())).isEqualTo("next");
    }

    @Test
    void a_cr_inside_the_limit_followed_by_crlf_is_content() throws Exception {
        FrameReader reader = reader(concat(filler(LIMIT - 1), bytes("\r\r\n")));

        byte[] frame = reader.readFrame();

        assertThat(frame).hasSize(LIMIT);
        assertThat(frame[LIMIT - 1]).isEqualTo((byte) '\r');
    }

    @Test
    void two_crs_after_a_full_line_are_too_long() throws Exception {
        FrameReader reader = reader(concat(filler(LIMIT), bytes("\r\r\nnext\n")));

        assertTooLong(reader);
        assertThat(text(reader.readFrame())).isEqualTo("next");
    }

    @Test
    void reports_a_long_line_once_and_discards_it_through_its_lf() throws Exception {
        FrameReader reader = reader(concat(filler(10 * LIMIT), bytes("\n{\"type\":\"who\"}\n")));

        assertTooLong(reader);
        assertThat(text(reader.readFrame())).isEqualTo("{\"type\":\"who\"}");
        assertThat(reader.readFrame()).isNull();
    }

    @Test
    void reports_too_long_without_waiting_for_the_end_of_an_endless_line() throws Exception {
        CountingEndlessStream endless = new CountingEndlessStream();
        FrameReader reader = new FrameReader(endless, LIMIT);

        assertTooLong(reader);
        assertThat(endless.served).isLessThanOrEqualTo(2L * LIMIT);
    }

    @Test
    void reports_too_long_as_soon_as_byte_16385_arrives_on_a_socket() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(server.getInetAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            accepted.setSoTimeout(5_000);
            OutputStream out = client.getOutputStream();
            out.write(filler(LIMIT + 1)); // no line end: the reader must not wait for one
            out.flush();

            assertTooLong(new FrameReader(accepted.getInputStream(), LIMIT));
        }
    }

    @Test
    void delivers_a_frame_sent_one_byte_at_a_time() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(server.getInetAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            accepted.setSoTimeout(5_000);
            client.setTcpNoDelay(true);
            for (byte b : bytes("{\"type\":\"who\"}\r\n")) {
                client.getOutputStream().write(b);
            }

            assertThat(text(new FrameReader(accepted.getInputStream(), LIMIT).readFrame()))
                    .isEqualTo("{\"type\":\"who\"}");
        }
    }

    private static void assertTooLong(FrameReader reader) {
        assertThatThrownBy(reader::readFrame)
                .isInstanceOfSatisfying(ProtocolException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FRAME_TOO_LONG));
    }

    private static FrameReader reader(byte[] input) {
        return new FrameReader(new ByteArrayInputStream(input), LIMIT);
    }

    private static byte[] filler(int size) {
        return "x".repeat(size).getBytes(UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String text(byte[] frame) {
        return new String(frame, UTF_8);
    }

    private static byte[] concat(byte[]... parts) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.write(part);
        }
        return all.toByteArray();
    }

    /** An input of 'x' bytes that never ends, counting how many it has served. */
    private static final class CountingEndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            served += length;
            return length;
        }
    }
}
