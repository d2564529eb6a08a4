package dev.chatlab.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process in the sandbox sees only its own folder and a scrubbed environment, and its limits hold. */
class ProcessSandboxTest {

    private static final ProcessSandbox SMALL = ProcessSandbox.limited(new ProcessLimits(64, 1, 256));

    @TempDir
    Path work;
    @TempDir
    Path home;

    @Test
    void a_process_runs_in_its_own_folder_with_only_the_environment_it_needs() throws Exception {
        Result result = run(List.of("sh", "-c", "pwd; env"));

        List<String> lines = result.output().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(work.toRealPath().toString());
        Set<String> names = Set.copyOf(lines.subList(1, lines.size()).stream()
                .map(line -> line.substring(0, line.indexOf('='))).toList());
        assertThat(names).contains("HOME", "TMPDIR", "CHATLAB_HOME", "PATH")
                .allMatch(name -> Set.of("PATH", "LANG", "LC_ALL", "JAVA_HOME", "MAVEN_ARGS", "HOME", "TMPDIR",
                        "CHATLAB_HOME", "PWD", "SHLVL", "_", "OLDPWD").contains(name));
        assertThat(lines).contains("HOME=" + work, "CHATLAB_HOME=" + home);
    }

    @Test
    void a_process_that_spins_is_stopped_at_its_cpu_time_limit() throws Exception {
        Assumptions.assumeTrue(SMALL.shortcoming().isEmpty(), "prlimit is not installed here");

        Result result = run(List.of("sh", "-c", "while :; do :; done"));

        assertThat(result.status()).as("killed by SIGXCPU (128 + 24) or SIGKILL").isIn(152, 137);
    }

    @Test
    void a_program_other_than_java_gets_an_address_space_limit() throws Exception {
        Assumptions.assumeTrue(SMALL.shortcoming().isEmpty(), "prlimit is not installed here");

        Result result = run(List.of("python3", "-c", "x = bytearray(512 * 1024 * 1024)"));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.output()).contains("MemoryError");
    }

    @Test
    void a_java_jar_gets_a_heap_limit_and_no_address_space_limit() {
        List<String> command = SMALL.command(List.of("/opt/jdk/bin/java", "-jar", "lab.jar", "server"), work);

        assertThat(command).containsSubsequence("/opt/jdk/bin/java", "-Xmx64m", "-Djava.io.tmpdir=" + work, "-jar",
                "lab.jar", "server").noneMatch(word -> word.startsWith("--as="));
    }

    @Test
    void a_command_line_that_execs_java_gets_no_address_space_limit_under_which_a_jvm_cannot_start() {
        List<String> command = SMALL.command(List.of("sh", "-c", "exec /opt/jdk/bin/java -cp x Server \"$@\"", "sh"),
                work);

        assertThat(command).noneMatch(word -> word.startsWith("--as="))
                .endsWith("sh", "-c", "exec /opt/jdk/bin/java -cp x Server \"$@\"", "sh");
        assertThat(SMALL.command(List.of("sh", "-c", "exec python3 server.py \"$@\"", "sh"), work))
                .anyMatch(word -> word.startsWith("--as=") || SMALL.shortcoming().isPresent());
    }

    @Test
    void without_a_sandbox_a_process_runs_as_given() {
        List<String> command = List.of("java", "-jar", "lab.jar");

        assertThat(ProcessSandbox.NONE.command(command, work)).isEqualTo(command);
        assertThat(ProcessSandbox.NONE.isolates()).isFalse();
    }

    private record Result(int status, String output) {
    }

    private Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(SMALL.command(command, work)).redirectErrorStream(true);
        SMALL.prepare(builder, home, work);
        Process process = builder.start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the process ended in time: " + Arrays.toString(
                command.toArray())).isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
