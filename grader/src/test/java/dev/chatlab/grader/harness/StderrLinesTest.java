package dev.chatlab.grader.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StderrLinesTest {

    /** A stack trace as a lab's server prints it: its cause hides above 40 frames of picocli and main. */
    private static List<String> trace() {
        List<String> lines = new ArrayList<>(List.of(
                "echo server: serving 127.0.0.1:41065, one client at a time",
                "java.lang.IllegalStateException: serving 127.0.0.1:58244 failed",
                "\tat dev.chatlab.lab01.echo.EchoServer.serve(EchoServer.java:80)",
                "\tat dev.chatlab.lab01.echo.EchoServer.run(EchoServer.java:70)",
                "Caused by: java.lang.UnsupportedOperationException: TODO(lab01): echo every byte until the client"
                        + " half-closes",
                "\tat dev.chatlab.lab01.echo.EchoServer.echo(EchoServer.java:103)"));
        IntStream.range(0, 40).forEach(i -> lines.add("\tat picocli.CommandLine.execute(CommandLine.java:" + i + ")"));
        lines.add("\t... 12 more");
        return lines;
    }

    @Test
    void the_excerpt_of_a_stack_trace_shows_its_exception_and_causes_then_the_last_lines() {
        List<String> lines = trace();
        StderrLines stderr = new StderrLines("server", 42, lines, List.of(), lines.size());

        assertThat(stderr.excerpt(12)).containsExactly(
                "server (pid 42) stderr, 47 lines: the first exception, then the last 12:",
                "  java.lang.IllegalStateException: serving 127.0.0.1:58244 failed",
                "  \tat dev.chatlab.lab01.echo.EchoServer.serve(EchoServer.java:80)",
                "  Caused by: java.lang.UnsupportedOperationException: TODO(lab01): echo every byte until the client"
                        + " half-closes",
                "  \tat dev.chatlab.lab01.echo.EchoServer.echo(EchoServer.java:103)",
                "  ... 31 lines left out ...",
                "  \tat picocli.CommandLine.execute(CommandLine.java:29)",
                "  \tat picocli.CommandLine.execute(CommandLine.java:30)",
                "  \tat picocli.CommandLine.execute(CommandLine.java:31)",
                "  \tat picocli.CommandLine.execute(CommandLine.java:32)",
                "  \tat picocli.CommandLine.execute(CommandLine.java:33)",
                "  \tat picocli.CommandLine.execute(CommandLine.java:34)",
                "  \tat picocli.CommandLine.execute(CommandLine.java:35)",
                "  \tat picocli.CommandLine.execute(CommandLine.java:36)",
                "  \tat picocli.CommandLine.execute(CommandLine.java:37)",
                "  \tat picocli.CommandLine.execute(CommandLine.java:38)",
                "  \tat picocli.CommandLine.execute(CommandLine.java:39)",
                "  \t... 12 more");
    }

    @Test
    void a_short_stderr_or_one_without_an_exception_shows_its_lines_as_they_are() {
        assertThat(new StderrLines("client", 7, List.of(), List.of(), 0).excerpt(12))
                .containsExactly("client (pid 7) stderr: (empty)");
        assertThat(new StderrLines("client", 7, List.of("error: connection refused"), List.of(), 1).excerpt(12))
                .containsExactly("client (pid 7) stderr, 1 line:", "  error: connection refused");
        List<String> log = IntStream.rangeClosed(1, 30).mapToObj(i -> "log " + i).toList();
        assertThat(new StderrLines("server", 7, log, List.of(), 30).excerpt(3))
                .containsExactly("server (pid 7) stderr, last 3 of 30 lines:", "  log 28", "  log 29", "  log 30");
    }

    @Test
    void the_unfinished_tasks_are_the_starter_stubs_the_process_hit_each_once() {
        List<String> lines = new ArrayList<>(trace());
        lines.add("error: connection to 127.0.0.1:46765 lost: TODO(lab01): send each line, then half-close at the"
                + " end of the input");
        lines.add("error: UnsupportedOperationException: TODO(lab01): echo every byte until the client half-closes");

        assertThat(new StderrLines("server", 1, List.of(), lines, lines.size()).unfinishedTasks()).containsExactly(
                "TODO(lab01): echo every byte until the client half-closes",
                "TODO(lab01): send each line, then half-close at the end of the input");
        assertThat(new StderrLines("server", 1, List.of("echo server: a TODO list"), List.of(), 1).unfinishedTasks())
                .isEmpty();
    }
}
