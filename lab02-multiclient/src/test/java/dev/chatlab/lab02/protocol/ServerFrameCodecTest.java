package dev.chatlab.lab02.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServerFrameCodecTest {

    private static final Instant TS = Instant.parse("2026-11-21T17:00:00.123Z");

    static Stream<Arguments> frames() {
        return Stream.of(
                Arguments.of(new ServerFrame.Welcome("ana", List.of("ana", "Bob")),
                        "{\"type\":\"welcome\",\"nick\":\"ana\",\"users\":[\"ana\",\"Bob\"]}"),
                Arguments.of(new ServerFrame.Message(7, "ana", "h\u00e9\nllo", TS),
                        "{\"type\":\"message\",\"id\":7,\"from\":\"ana\",\"text\":\"h\u00e9\\nllo\","
                                + "\"ts\":\"2026-11-21T17:00:00.123Z\"}"),
                Arguments.of(new ServerFrame.Whisper(8, "ana", "bob", "psst", Instant.parse("2026-01-02T03:04:05Z")),
                        "{\"type\":\"whisper\",\"id\":8,\"from\":\"ana\",\"to\":\"bob\",\"text\":\"psst\","
                                + "\"ts\":\"2026-01-02T03:04:05.000Z\"}"),
                Arguments.of(new ServerFrame.Joined("bob"), "{\"type\":\"joined\",\"nick\":\"bob\"}"),
                Arguments.of(new ServerFrame.Left("bob", LeftReason.SLOW),
                        "{\"type\":\"left\",\"nick\":\"bob\",\"reason\":\"slow\"}"),
                Arguments.of(new ServerFrame.Users(List.of("ana")), "{\"type\":\"users\",\"users\":[\"ana\"]}"),
                Arguments.of(new ServerFrame.Pong("t1"), "{\"type\":\"pong\",\"token\":\"t1\"}"),
                Arguments.of(new ServerFrame.Pong(null), "{\"type\":\"pong\"}"),
                Arguments.of(new ServerFrame.Error(ErrorCode.NICK_TAKEN, "The nick ana is taken."),
                        "{\"type\":\"error\",\"code\":\"NICK_TAKEN\",\"message\":\"The nick ana is taken.\"}"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("frames")
    void encodes_compact_json_type_first_in_field_order(ServerFrame frame, String json) {
        assertThat(new String(ServerFrameCodec.encode(frame), UTF_8)).isEqualTo(json + "\n");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("frames")
    void decodes_what_it_encodes(ServerFrame frame, String json) throws Exception {
        assertThat(ServerFrameCodec.decode(json.getBytes(UTF_8))).isEqualTo(frame);
    }
}
