package dev.chatlab.lab01.echo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Line assembly on its own: the bytes may come in any slices, the printed lines must not change. */
class LinePrinterTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final LinePrinter printer = new LinePrinter(new PrintStream(printed, true, UTF_8));

    @Test
    void prints_a_line_the_moment_its_newline_arrives_even_one_byte_at_a_time() {
        byte[] bytes = "héllo ✓\n".getBytes(UTF_8); // é and ✓ are split across single-byte writes
        for (int i = 0; i < bytes.length - 1; i++) {
            printer.write(bytes, i, 1);
            assertThat(printed()).as("after byte %d", i).isEmpty();
        }
        printer.write(bytes, bytes.length - 1, 1);
        assertThat(printed()).isEqualTo("héllo ✓" + System.lineSeparator());
    }

    @Test
    void prints_every_line_of_one_read_and_keeps_the_unfinished_rest() {
        byte[] bytes = "one\ntwo\nthr".getBytes(UTF_8);
        printer.write(bytes, 0, bytes.length);
        assertThat(printed()).isEqualTo(lines("one", "two"));

        byte[] rest = "ee\n".getBytes(UTF_8);
        printer.write(rest, 0, rest.length);
        assertThat(printed()).isEqualTo(lines("one", "two", "three"));
    }

    @Test
    void prints_empty_lines() {
        byte[] bytes = "\n\nx\n".getBytes(UTF_8);
        printer.write(bytes, 0, bytes.length);
        assertThat(printed()).isEqualTo(lines("", "", "x"));
    }

    @Test
    void finish_prints_a_last_line_without_newline_and_nothing_otherwise() {
        byte[] bytes = "done\ntail".getBytes(UTF_8);
        printer.write(bytes, 0, bytes.length);
        printer.finish();
        assertThat(printed()).isEqualTo(lines("done", "tail"));

        printer.finish();
        assertThat(printed()).isEqualTo(lines("done", "tail"));
    }

    private String printed() {
        return printed.toString(UTF_8);
    }

    private static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
