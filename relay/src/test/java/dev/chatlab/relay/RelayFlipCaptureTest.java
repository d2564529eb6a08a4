package dev.chatlab.relay;

import static dev.chatlab.relay.RelayForwardingTest.randomBytes;
import static dev.chatlab.relay.RelayForwardingTest.roundTrip;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.fault.FlipSpec;
import dev.chatlab.relay.link.RelayLink;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A flip corrupts exactly one byte, exactly once; a capture records what each direction forwarded. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RelayFlipCaptureTest {

    @RegisterExtension
    final RelayFixture fixture = new RelayFixture(1 << 20);

    @Test
    void a_flip_armed_for_the_next_link_changes_exactly_the_byte_at_its_offset_once() throws Exception {
        assertThat(fixture.relay().faults().flipNext(Direction.DOWN, FlipSpec.at(200).withMask(0x80))).isEqualTo(200);
        byte[] sent = randomBytes(1000, 4);
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            ends.server().getOutputStream().write(sent);
            ends.server().getOutputStream().write(sent);
            byte[] received = ends.client().getInputStream().readNBytes(2000);

            assertThat(differences(sent, received, 0)).containsExactly(200);
            assertThat(received[200]).isEqualTo((byte) (sent[200] ^ 0x80));
            assertThat(differences(sent, received, 1000)).as("the second copy is untouched").isEmpty();
            RelayLink link = fixture.relay().links().find(1).orElseThrow();
            assertThat(link.flippedAt(Direction.DOWN)).isEqualTo(OptionalLong.of(200));
            assertThat(link.flippedAt(Direction.UP)).isEmpty();
        }
        assertThat(fixture.relay().events().transcript()).anyMatch(line -> line.contains("flipped link 1 down byte at offset 200"));
    }

    @Test
    void a_flip_in_a_range_changes_one_byte_in_it_and_says_which() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            roundTrip(ends); // one byte each way: offset 0 has gone by
            long offset = fixture.relay().faults().flip(1, Direction.UP, FlipSpec.within(100, 199)).orElseThrow();
            assertThat(offset).isBetween(100L, 199L);
            byte[] sent = randomBytes(300, 5);
            ends.client().getOutputStream().write(sent);
            byte[] received = ends.server().getInputStream().readNBytes(300);
            assertThat(differences(sent, received, 0)).containsExactly((int) offset - 1);
        }
    }

    @Test
    void a_flip_whose_offset_has_gone_by_or_a_second_flip_is_refused() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            ends.client().getOutputStream().write(new byte[10]);
            ends.server().getInputStream().readNBytes(10);
            assertThatThrownBy(() -> fixture.relay().faults().flip(1, Direction.UP, FlipSpec.at(5)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("link 1 has already forwarded 10 bytes up; offset 5 has gone by");
            fixture.relay().faults().flip(1, Direction.UP, FlipSpec.at(50));
            assertThatThrownBy(() -> fixture.relay().faults().flip(1, Direction.UP, FlipSpec.at(60)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already has a flip armed");
            assertThat(fixture.relay().faults().flip(9, Direction.UP, FlipSpec.at(60))).as("no link 9").isEmpty();
        }
    }

    @Test
    void the_capture_holds_what_each_direction_forwarded_even_after_the_link_closed() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            ends.client().getOutputStream().write("attack at dawn".getBytes(UTF_8));
            ends.server().getInputStream().readNBytes(14);
            ends.server().getOutputStream().write("ok".getBytes(UTF_8));
            ends.client().getInputStream().readNBytes(2);
            fixture.relay().faults().cutAll(CutMode.CLOSE);
        }
        RelayLink link = fixture.relay().links().find(1).orElseThrow();
        assertThat(link.isOpen()).isFalse();
        assertThat(link.capture(Direction.UP)).asString(UTF_8).isEqualTo("attack at dawn");
        assertThat(link.capture(Direction.DOWN)).asString(UTF_8).isEqualTo("ok");
        assertThat(link.captureTruncated(Direction.UP)).isFalse();
    }

    @Test
    void the_capture_is_bounded_and_says_it_was_truncated() throws Exception {
        try (Relay small = Relay.start(RelayConfig.to(fixture.target().port()).withCapture(16), LoopbackTarget.QUIET);
             LoopbackTarget.Ends ends = fixture.target().connect(small)) {
            byte[] sent = randomBytes(100, 6);
            ends.client().getOutputStream().write(sent);
            ends.server().getInputStream().readNBytes(100);
            RelayLink link = small.links().find(1).orElseThrow();
            assertThat(link.capture(Direction.UP)).isEqualTo(Arrays.copyOf(sent, 16));
            assertThat(link.captureTruncated(Direction.UP)).isTrue();
        }
    }

    private static List<Integer> differences(byte[] expected, byte[] actual, int from) {
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] != actual[from + i]) {
                offsets.add(i);
            }
        }
        return offsets;
    }
}
