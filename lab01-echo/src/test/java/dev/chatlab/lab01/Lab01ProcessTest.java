package dev.chatlab.lab01;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/**
 * The process contract, checked on real processes: {@code LISTENING <port>} first on stdout, exit codes,
 * the one-line {@code error:} message. Runs {@link Lab01} from the compiled classes with this JVM's java.
 */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Lab01ProcessTest {

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void server_prints_LISTENING_first_echoes_and_stops_on_SIGTERM() throws Exception {
        Process server = start("server", "--port", "0");
        BufferedReader stdout = stdout(server);
        int port = listeningPort(stdout);
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            client.setSoTimeout(5_000);
            client.getOutputStream().write("ping\n".getBytes(UTF_8));
            assertThat(client.getInputStream().readNBytes(5)).asString(UTF_8).isEqualTo("ping\n");
        }
        server.toHandle().destroy(); // SIGTERM, and unlike Process.destroy() it leaves our pipes open
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isIn(0, 143);
        assertThat(stdout.readLine()).as("stdout after LISTENING").isNull();
    }

    @Test
    void client_echoes_its_input_and_exits_0_at_the_end_of_it() throws Exception {
        int port = listeningPort(stdout(start("server", "--port", "0")));
        Process client = start("client", "--host", "127.0.0.1", "--port", String.valueOf(port));
        try (OutputStream stdin = client.getOutputStream()) {
            stdin.write("hello\nwörld ✓\n".getBytes(UTF_8));
        }
        assertThat(client.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(client.exitValue()).isZero();
        assertThat(client.getInputStream().readAllBytes()).asString(UTF_8)
                .isEqualTo("hello" + System.lineSeparator() + "wörld ✓" + System.lineSeparator());
    }

    @Test
    void client_exits_1_with_an_error_line_when_the_connection_is_refused() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        Process client = start("client", "--port", String.valueOf(closedPort));
        client.getOutputStream().close();
        assertThat(client.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(client.exitValue()).isEqualTo(1);
        assertThat(client.getErrorStream().readAllBytes()).asString(UTF_8)
                .isEqualTo("error: cannot connect to 127.0.0.1:" + closedPort + ": Connection refused"
                        + System.lineSeparator());
    }

    @Test
    void bad_usage_exits_2() throws Exception {
        assertThat(exitCode(start("server", "--port", "70000"))).isEqualTo(2);
        assertThat(exitCode(start("client", "--port", "0"))).isEqualTo(2);
        assertThat(exitCode(start("chat"))).isEqualTo(2);
    }

    private Process start(String... args) throws IOException, URISyntaxException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPathOf(Lab01.class) + File.pathSeparator + classPathOf(CommandLine.class),
                Lab01.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        started.add(process);
        return process;
    }

    private static String classPathOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static BufferedReader stdout(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
    }

    private static int listeningPort(BufferedReader stdout) throws IOException {
        String first = stdout.readLine();
        assertThat(first).as("first stdout line").matches("LISTENING [1-9][0-9]*");
        return Integer.parseInt(first.substring("LISTENING ".length()));
    }

    private static int exitCode(Process process) throws IOException, InterruptedException {
        process.getOutputStream().close();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
