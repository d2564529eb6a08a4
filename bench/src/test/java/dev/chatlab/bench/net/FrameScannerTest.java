package dev.chatlab.bench.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameScannerTest {

    private final ScannedFrame frame = new ScannedFrame();

    private boolean scan(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return FrameScanner.scan(bytes, 0, bytes.length, frame);
    }

    private String text() {
        return new String(frame.buffer(), frame.textStart(), frame.textEnd() - frame.textStart(),
                StandardCharsets.UTF_8);
    }

    @Test
    void a_message_yields_its_id_and_text_whatever_the_field_order_and_spacing() {
        assertThat(scan("{ \"text\" : \"1.0.5.xx\", \"ts\":\"t\", \"id\" : 42 , \"type\":\"message\"}")).isTrue();

        assertThat(frame.type()).isEqualTo(FrameType.MESSAGE);
        assertThat(frame.id()).isEqualTo(42);
        assertThat(text()).isEqualTo("1.0.5.xx");
    }

    @Test
    void nested_arrays_and_escaped_quotes_are_skipped() {
        assertThat(scan("{\"type\":\"welcome\",\"users\":[\"a\\\"]\",\"b\"],\"nick\":\"ana\"}")).isTrue();

        assertThat(frame.type()).isEqualTo(FrameType.WELCOME);
        assertThat(frame.nick()).isEqualTo("ana");
    }

    @Test
    void a_left_frame_tells_its_reason() {
        assertThat(scan("{\"type\":\"left\",\"nick\":\"bob\",\"reason\":\"slow\"}")).isTrue();

        assertThat(frame.type()).isEqualTo(FrameType.LEFT);
        assertThat(frame.reasonIs("slow")).isTrue();
        assertThat(frame.reasonIs("bye")).isFalse();
    }

    @Test
    void a_ping_is_answered_by_a_pong_with_the_same_token_as_it_came() {
        assertThat(scan("{\"type\":\"ping\",\"token\":\"7\\\"x\"}")).isTrue();

        assertThat(frame.type()).isEqualTo(FrameType.PING);
        assertThat(new String(frame.pong(), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"pong\",\"token\":\"7\\\"x\"}\n");
        assertThat(scan("{\"type\":\"ping\"}")).isTrue();
        assertThat(new String(frame.pong(), StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"pong\"}\n");
    }

    @Test
    void an_error_tells_its_code() {
        assertThat(scan("{\"type\":\"error\",\"code\":\"RATE_LIMITED\",\"message\":\"slow down\"}")).isTrue();

        assertThat(frame.type()).isEqualTo(FrameType.ERROR);
        assertThat(frame.codeIs("RATE_LIMITED")).isTrue();
        assertThat(frame.codeIs("BAD_FRAME")).isFalse();
    }

    @Test
    void what_is_not_an_object_is_refused() {
        assertThat(scan("[1,2]")).isFalse();
        assertThat(scan("{\"type\":\"message\"")).isFalse();
        assertThat(scan("{\"type\" \"message\"}")).isFalse();
    }
}
