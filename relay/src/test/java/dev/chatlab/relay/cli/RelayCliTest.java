package dev.chatlab.relay.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.relay.LoopbackTarget;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The relay command on real processes: the LISTENING line, commands on stdin, scripts, bad usage. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RelayCliTest {

    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopProcesses() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void prints_LISTENING_first_forwards_and_stops_on_SIGTERM() throws Exception {
        try (LoopbackTarget target = LoopbackTarget.start()) {
            Process relay = start("--listen", "0", "--target", "127.0.0.1:" + target.port(), "--seed", "5");
            BufferedReader stdout = reader(relay.getInputStream());
            int port = listeningPort(stdout);
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
                client.getOutputStream().write("hi".getBytes(UTF_8));
            }
            relay.toHandle().destroy();
            assertThat(relay.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(relay.exitValue()).isIn(0, 143);
            assertThat(stdout.readLine()).as("stdout after LISTENING").isNull();
            assertThat(new String(relay.getErrorStream().readAllBytes(), UTF_8)).contains("(seed 5)");
        }
    }

    @Test
    void a_cut_typed_on_stdin_closes_the_link_and_status_lists_the_links() throws Exception {
        try (LoopbackTarget target = LoopbackTarget.start()) {
            Process relay = start("--listen", "0", "--target", "localhost:" + target.port());
            BufferedReader stderr = reader(relay.getErrorStream());
            int port = listeningPort(reader(relay.getInputStream()));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
                client.setSoTimeout(10_000);
                OutputStream stdin = relay.getOutputStream();
                awaitLine(stderr, "link 1 opened from 127.0.0.1:");
                stdin.write("status\nflip sideways 3\ncut 1\n".getBytes(UTF_8));
                stdin.flush();
                awaitLine(stderr, "  link 1 127.0.0.1:");
                awaitLine(stderr, "! column 6: expected up or down, got 'sideways' (help lists the commands)");
                awaitLine(stderr, "link 1 closed (cut by the relay; up 0 B, down 0 B)");
                assertThat(client.getInputStream().read()).isEqualTo(-1);
            }
        }
    }

    @Test
    void with_exit_after_it_exits_0_once_its_script_has_run() throws Exception {
        try (LoopbackTarget target = LoopbackTarget.start()) {
            Path script = Files.writeString(dir.resolve("faults.txt"), "0s latency 10ms\n100ms refuse 1s\n");
            Process relay = start("--listen", "0", "--target", "127.0.0.1:" + target.port(), "--script",
                    script.toString(), "--exit-after");
            assertThat(relay.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(relay.exitValue()).isZero();
            assertThat(new String(relay.getErrorStream().readAllBytes(), UTF_8))
                    .contains("refuse new connections for 1000ms").contains("finished after 2 of 2 actions");
        }
    }

    @Test
    void bad_usage_exits_2_with_a_message_that_names_the_problem() throws Exception {
        Path script = Files.writeString(dir.resolve("bad.txt"), "1s cut\n2s stal 1s\n");
        assertUsageError("Missing required option: '--target=HOST:PORT'", "--listen", "0");
        assertUsageError("Target must be on this machine", "--listen", "0", "--target", "192.0.2.1:80");
        assertUsageError("Port out of range: 70000", "--listen", "70000", "--target", "127.0.0.1:1");
        assertUsageError("expected a rate like 64KiB/s", "--listen", "0", "--target", "127.0.0.1:1",
                "--bandwidth", "fast");
        assertUsageError("bad.txt: line 2, column 4: unknown action 'stal'", "--listen", "0", "--target",
                "127.0.0.1:1", "--script", script.toString());
        assertUsageError("--exit-after needs --script or --chaos", "--listen", "0", "--target", "127.0.0.1:1",
                "--exit-after");
        assertUsageError("Interval ends before it starts: 1s..10ms", "--listen", "0", "--target", "127.0.0.1:1",
                "--chaos", "5s", "--chaos-interval", "1s..10ms");
    }

    private void assertUsageError(String message, String... args) throws Exception {
        Process relay = start(args);
        relay.getOutputStream().close();
        assertThat(relay.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(relay.exitValue()).as("exit code of %s", List.of(args)).isEqualTo(ProcessContract.USAGE);
        assertThat(new String(relay.getErrorStream().readAllBytes(), UTF_8)).contains(message);
    }

    private Process start(String... args) throws IOException, URISyntaxException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPathOf(RelayCli.class), classPathOf(ProcessContract.class),
                        classPathOf(CommandLine.class)),
                RelayCli.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        started.add(process);
        return process;
    }

    private static String classPathOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static BufferedReader reader(InputStream stream) {
        return new BufferedReader(new InputStreamReader(stream, UTF_8));
    }

    private static int listeningPort(BufferedReader stdout) throws IOException {
        String first = stdout.readLine();
        assertThat(first).as("first stdout line").matches("LISTENING [1-9][0-9]*");
        return Integer.parseInt(first.substring("LISTENING ".length()));
    }

    /** Reads stderr until a line contains {@code text}; the class timeout bounds the wait. */
    private static void awaitLine(BufferedReader stderr, String text) throws IOException {
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = stderr.readLine()) != null) {
            if (line.contains(text)) {
                return;
            }
            seen.add(line);
        }
        throw new AssertionError("stderr ended without a line containing '" + text + "': " + seen);
    }
}
