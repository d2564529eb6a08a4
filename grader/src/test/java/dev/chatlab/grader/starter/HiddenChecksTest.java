package dev.chatlab.grader.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.tools.ToolProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The starter kit's grader loses its hidden checks and nothing else, and still compiles. */
class HiddenChecksTest {

    private static final String SUITE = """
            package dev.chatlab.grader.lab09;

            import dev.chatlab.grader.check.Check;
            import dev.chatlab.grader.check.GradingSuite;
            import dev.chatlab.grader.harness.Harness;
            import org.junit.jupiter.api.Order;

            @GradingSuite
            public class SecretChecks {

                @Check(points = 2, see = "lab09.md#a", hint = "Say hello.")
                @Order(1)
                void says_hello(Harness harness) {
                    String brace = "}";
                }

                /** Checked again with words a student cannot guess: "{". */
                @Check(points = 3, see = "lab09.md#a", hidden = true,
                        hint = "Say hello to anyone (a closing brace in a string: })")
                @Order(2)
                void says_hello_to_a_random_name(Harness harness) {
                    char open = '{';
                    if (open == '{') { // a nested block
                        System.out.println("}");
                    }
                }

                @Check(points = 1, see = "lab09.md#b", hint = "Say bye.")
                @Order(3)
                void says_bye(Harness harness) {
                }
            }
            """;

    @Test
    void a_hidden_check_goes_with_its_javadoc_and_annotations_and_the_others_stay() {
        HiddenChecks.Stripped stripped = HiddenChecks.strip(SUITE, "SecretChecks.java");

        assertThat(stripped.checks()).containsExactly("says_hello_to_a_random_name");
        assertThat(stripped.text()).doesNotContain("random_name").doesNotContain("cannot guess")
                .doesNotContain("@Order(2)").contains("void says_hello(Harness harness)")
                .contains("void says_bye(Harness harness)").contains("@Order(3)");
    }

    @Test
    void the_stripped_suite_still_compiles(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("dev/chatlab/grader/lab09/SecretChecks.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, HiddenChecks.strip(SUITE, "SecretChecks.java").text());

        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.resolve("classes").toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());

        assertThat(status).isZero();
        assertThat(dir.resolve("classes/dev/chatlab/grader/lab09/SecretChecks.class")).exists();
    }

    @Test
    void an_annotation_in_a_comment_or_a_string_is_left_alone() {
        String text = """
                /** Mark it {@code @Check(points = 1, hidden = true)} to hide it. */
                class Doc {
                    String example = "@Check(points = 1, hidden = true) void x() { }";
                }
                """;

        assertThat(HiddenChecks.strip(text, "Doc.java")).isEqualTo(new HiddenChecks.Stripped(text, List.of()));
    }

    @Test
    void a_source_without_hidden_checks_is_left_as_it_is() {
        String visible = SUITE.replace(", hidden = true", "");

        assertThat(HiddenChecks.strip(visible, "SecretChecks.java")).isEqualTo(new HiddenChecks.Stripped(visible, List.of()));
    }
}
