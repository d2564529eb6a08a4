package dev.chatlab.grader.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SolutionRegionsTest {

    @Test
    void replaces_a_region_body_with_a_throwing_todo_and_keeps_the_markers() {
        String source = """
                class A {
                    int f() {
                        // BEGIN SOLUTION: compute the "answer"
                        int x = 6 * 7;
                        return x;
                        // END SOLUTION
                    }
                }
                """;

        SolutionRegions.Stubbed stubbed = SolutionRegions.stub(source, "lab02", "A.java");

        assertThat(stubbed.text()).isEqualTo("""
                class A {
                    int f() {
                        // BEGIN SOLUTION: compute the "answer"
                        throw new UnsupportedOperationException("TODO(lab02): compute the \\"answer\\"");
                        // END SOLUTION
                    }
                }
                """);
        assertThat(stubbed.tasks()).containsExactly("compute the \"answer\"");
    }

    @Test
    void keeps_the_regions_of_solved_tasks_and_stubs_only_the_others() {
        String source = """
                class C {
                    int f() {
                        // BEGIN SOLUTION: first
                        return 1;
                        // END SOLUTION
                    }
                    int g() {
                        // BEGIN SOLUTION: second
                        return 2;
                        // END SOLUTION
                    }
                }
                """;

        SolutionRegions.Stubbed stubbed = SolutionRegions.stub(source, "lab02", "C.java", "first"::equals);

        assertThat(stubbed.text()).isEqualTo("""
                class C {
                    int f() {
                        // BEGIN SOLUTION: first
                        return 1;
                        // END SOLUTION
                    }
                    int g() {
                        // BEGIN SOLUTION: second
                        throw new UnsupportedOperationException("TODO(lab02): second");
                        // END SOLUTION
                    }
                }
                """);
        assertThat(stubbed.tasks()).containsExactly("second");
    }

    @Test
    void leaves_a_file_without_regions_unchanged() {
        String source = "class B {\n}\n";

        assertThat(SolutionRegions.stub(source, "lab01", "B.java").text()).isEqualTo(source);
    }

    @Test
    void refuses_a_region_without_an_end_naming_the_file_and_line() {
        assertThatThrownBy(() -> SolutionRegions.stub("x\n// BEGIN SOLUTION: t\ny\n", "lab01", "C.java"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("C.java:2: solution region \"t\" has no END SOLUTION");
    }

    @Test
    void refuses_an_end_without_a_begin_and_nested_regions() {
        assertThatThrownBy(() -> SolutionRegions.stub("// END SOLUTION\n", "lab01", "D.java"))
                .hasMessage("D.java:1: END SOLUTION without a BEGIN");
        assertThatThrownBy(() -> SolutionRegions.stub(
                "// BEGIN SOLUTION: a\n// BEGIN SOLUTION: b\n// END SOLUTION\n", "lab01", "E.java"))
                .hasMessage("E.java:2: a solution region begins inside the one begun on line 1");
    }
}
