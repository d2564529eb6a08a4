package dev.chatlab.lab04.protocol;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ClientFrameCodec;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ProtocolException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** lab04's frames on the wire, and lab02's codec still refusing them. */
class ReconnectCodecTest {

    @Test
    void lab02s_codec_still_answers_unknown_type_to_resume_and_pong() {
        for (String line : List.of("{\"type\":\"resume\",\"session\":\"s\",\"last\":0}", "{\"type\":\"pong\"}")) {
            assertThatThrownBy(() -> ClientFrameCodec.parse(line.getBytes(UTF_8)))
                    .isInstanceOfSatisfying(ProtocolException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_TYPE));
        }
    }

    @Test
    void client_frames_round_trip_with_their_cids() throws Exception {
        List<ReconnectClientFrame> frames = List.of(
                new ReconnectClientFrame.Chat(new ClientFrame.Say("hi"), "c1"),
                new ReconnectClientFrame.Chat(new ClientFrame.Whisper("bob", "psst"), "c2"),
                new ReconnectClientFrame.Chat(new ClientFrame.Say("no cid")),
                new ReconnectClientFrame.Resume("abc", 41),
                new ReconnectClientFrame.Pong("7"),
                new ReconnectClientFrame.Pong(null));
        for (ReconnectClientFrame frame : frames) {
            byte[] line = ReconnectClientCodec.encode(frame);
            assertThat(ReconnectClientCodec.decode(java.util.Arrays.copyOf(line, line.length - 1))).isEqualTo(frame);
        }
        assertThat(new String(ReconnectClientCodec.encode(frames.get(0)), UTF_8))
                .isEqualTo("{\"type\":\"say\",\"text\":\"hi\",\"cid\":\"c1\"}\n");
    }

    @Test
    void server_frames_round_trip_and_welcome_is_lab02s_with_three_fields_more() throws Exception {
        List<ReconnectServerFrame> frames = List.of(
                new ReconnectServerFrame.Welcome("ana", List.of("ana", "bob"), "s3cr3t", 5, 30),
                new ReconnectServerFrame.Ack("c1", 12),
                new ReconnectServerFrame.Resumed("ana", List.of("ana"), true, 3),
                new ReconnectServerFrame.Ping("1"));
        for (ReconnectServerFrame frame : frames) {
            byte[] line = ReconnectServerCodec.encode(frame);
            assertThat(ReconnectServerCodec.decode(java.util.Arrays.copyOf(line, line.length - 1))).isEqualTo(frame);
        }
        assertThat(new String(ReconnectServerCodec.encode(frames.get(0)), UTF_8)).isEqualTo(
                "{\"type\":\"welcome\",\"nick\":\"ana\",\"users\":[\"ana\",\"bob\"],\"session\":\"s3cr3t\","
                        + "\"heartbeatSeconds\":5,\"resumeSeconds\":30}\n");
        assertThat(frames.get(0).toString()).doesNotContain("s3cr3t");
    }

    @Test
    void a_cid_on_a_say_is_checked_after_the_text() {
        assertThatThrownBy(() -> ReconnectClientCodec.decode("{\"type\":\"say\",\"text\":\" \",\"cid\":\"\"}".getBytes(UTF_8)))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_TEXT));
        assertThatThrownBy(() -> ReconnectClientCodec.decode("{\"type\":\"say\",\"text\":\"x\",\"cid\":\"\"}".getBytes(UTF_8)))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_FRAME));
    }
}
