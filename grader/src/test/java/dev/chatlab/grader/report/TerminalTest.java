package dev.chatlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When control codes go to stdout: the launcher's answer, then NO_COLOR and TERM=dumb. */
class TerminalTest {

    @Test
    void the_launchers_answer_decides() {
        assertThat(Terminal.controlCodesWanted(Map.of("TERM", "xterm"), "true")).isTrue();
        assertThat(Terminal.controlCodesWanted(Map.of("TERM", "xterm"), "false")).isFalse();
    }

    @Test
    void no_color_or_a_dumb_terminal_means_plain_lines_even_on_a_terminal() {
        assertThat(Terminal.controlCodesWanted(Map.of("NO_COLOR", "1"), "true")).isFalse();
        assertThat(Terminal.controlCodesWanted(Map.of("TERM", "dumb"), "true")).isFalse();
        assertThat(Terminal.controlCodesWanted(Map.of("NO_COLOR", ""), "true")).isTrue();
    }

    @Test
    void an_answer_that_is_neither_true_nor_false_is_an_error() {
        assertThatThrownBy(() -> Terminal.controlCodesWanted(Map.of(), "yes"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("-Dchatlab.tty takes true or false, not: yes");
    }
}
