package dev.chatlab.bench.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private final List<String> lines = new ArrayList<>();
    private final LineSplitter splitter = new LineSplitter(8);

    private void feed(String chunk) {
        byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
        splitter.feed(bytes, 0, bytes.length,
                (buffer, start, end) -> lines.add(new String(buffer, start, end - start, StandardCharsets.UTF_8)));
    }

    @Test
    void lines_split_across_chunks_are_joined_and_crlf_is_one_line_end() {
        feed("ab\ncd");
        feed("e\r");
        feed("\nfg\n\n");

        assertThat(lines).containsExactly("ab", "cde", "fg", "");
    }

    @Test
    void a_line_past_the_limit_is_refused() {
        assertThatThrownBy(() -> feed("0123456789"))
                .isInstanceOf(LineSplitter.LineTooLongException.class)
                .hasMessage("A line from the server is longer than 8 bytes.");
    }
}
