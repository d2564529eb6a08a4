package dev.chatlab.relay.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.relay.action.RelayAction;
import dev.chatlab.relay.action.TimedAction;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.fault.FlipSpec;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The script language: what it reads, and errors that point at the line and column. */
class ScriptParserTest {

    @Test
    void reads_a_script_of_timed_actions_skipping_blank_lines_and_comments() throws Exception {
        List<TimedAction> script = ScriptParser.parse("""
                # a bad day on the network
                2s cut all
                3.5s stall all 2s

                5s latency up 100ms jitter 20ms   # only client -> server
                6s flip down 1 at 200
                8s refuse 3s
                9s bandwidth down 64KiB/s
                10s cut 2 reset
                """);
        assertThat(script).extracting(TimedAction::describe).containsExactly(
                "2000ms cut all",
                "3500ms stall all both 2000ms",
                "5000ms latency up 100ms jitter 20ms",
                "6000ms flip down 1 at 200 mask 0x01",
                "8000ms refuse 3000ms",
                "9000ms bandwidth down 65536B/s",
                "10000ms cut link 2 reset");
    }

    @Test
    void reads_every_form_of_flip() throws Exception {
        assertThat(ActionParser.parse("flip up 100"))
                .isEqualTo(new RelayAction.Flip(Direction.UP, OptionalInt.empty(), FlipSpec.at(100)));
        assertThat(ActionParser.parse("flip down at 7 mask 0x80"))
                .isEqualTo(new RelayAction.Flip(Direction.DOWN, OptionalInt.empty(), FlipSpec.at(7).withMask(0x80)));
        assertThat(ActionParser.parse("FLIP Up 3 in 10..20"))
                .isEqualTo(new RelayAction.Flip(Direction.UP, OptionalInt.of(3), FlipSpec.within(10, 20)));
    }

    @Test
    void a_console_command_needs_no_time_and_defaults_to_all_links_and_both_directions() throws Exception {
        assertThat(ActionParser.parse("stall 3s").describe()).isEqualTo("stall all both 3000ms");
        assertThat(ActionParser.parse("cut").describe()).isEqualTo("cut all");
        assertThat(ActionParser.parse("stall 2 up 500ms").describe()).isEqualTo("stall link 2 up 500ms");
        assertThat(ActionParser.parse("bandwidth off").describe()).isEqualTo("bandwidth both off");
        assertThat(ActionParser.parse("latency 1.5s").describe()).isEqualTo("latency both 1500ms jitter 0ms");
    }

    @Test
    void an_unknown_action_is_reported_at_its_line_and_column() {
        assertSyntaxError(() -> ScriptParser.parse("2s cut all\n3s  stal all 2s\n"), 2, 5,
                "unknown action 'stal' (expected cut, stall, refuse, latency, bandwidth or flip)");
    }

    @Test
    void a_bad_quantity_is_reported_at_its_word() {
        assertSyntaxError(() -> ScriptParser.parse("1s stall all 2x"), 1, 14,
                "expected a duration like 500ms, 2s or 3.5s, got '2x'");
        assertSyntaxError(() -> ScriptParser.parse("1s bandwidth up fast"), 1, 17,
                "expected a rate like 64KiB/s, 1MB/s or 8000 (bytes per second), got 'fast'");
        assertSyntaxError(() -> ScriptParser.parse("1s flip up 2 in 20..10"), 1, 17, "the range 20..10 ends before it starts");
        assertSyntaxError(() -> ScriptParser.parse("1s flip up 5 mask 0x100"), 1, 19,
                "a mask from 0x01 to 0xff out of range (1 to 255): 256");
        assertSyntaxError(() -> ScriptParser.parse("1s latency 2m"), 1, 12,
                "Latency out of range (0 to 1 min): 120000ms");
    }

    @Test
    void a_missing_word_is_reported_at_the_end_of_the_line() {
        assertSyntaxError(() -> ScriptParser.parse("1s refuse"), 1, 10, "expected a duration like 2s at the end of the line");
        assertSyntaxError(() -> ScriptParser.parse("\n\n   5s"), 3, 6, "expected an action (cut, stall, refuse, "
                + "latency, bandwidth or flip) at the end of the line");
    }

    @Test
    void extra_words_and_time_going_back_are_errors() {
        assertSyntaxError(() -> ScriptParser.parse("1s cut all now"), 1, 12, "unexpected 'now' after a complete action");
        assertSyntaxError(() -> ScriptParser.parse("3s cut\n2s cut"), 2, 1, "time goes back: 2000ms comes after 3000ms");
        assertSyntaxError(() -> ScriptParser.parse("cut all"), 1, 1, "expected a duration like 500ms, 2s or 3.5s, got 'cut'");
    }

    @Test
    void quantities_read_their_units() {
        assertThat(QuantityParser.duration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(QuantityParser.duration("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(QuantityParser.rate("1MB/s")).isEqualTo(1_000_000);
        assertThat(QuantityParser.rate("1.5KiB/s")).isEqualTo(1536);
        assertThat(QuantityParser.rate("8000")).isEqualTo(8000);
        assertThatThrownBy(() -> QuantityParser.duration("2 days")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSyntaxError(ThrowingCallable parse, int line, int column, String problem) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(ScriptSyntaxException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.getMessage()).isEqualTo("line " + line + ", column " + column + ": " + problem);
        });
    }
}
