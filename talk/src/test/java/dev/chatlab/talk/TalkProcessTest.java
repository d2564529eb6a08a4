package dev.chatlab.talk;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The process contract of {@code talk}, on real processes: exit codes 0, 1 and 2, and the one error line. */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TalkProcessTest {

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void bad_usage_exits_2() throws Exception {
        assertThat(exitCode(start("--host", "127.0.0.1"))).as("no --port").isEqualTo(2);
        assertThat(exitCode(start("--port", "0"))).isEqualTo(2);
        assertThat(exitCode(start("--port", "70000"))).isEqualTo(2);
        assertThat(exitCode(start("--port", "7", "--raw", "--crlf"))).isEqualTo(2);
        assertThat(exitCode(start("--port", "7", "--ca", "ca.pem"))).as("--ca without --tls").isEqualTo(2);
        assertThat(exitCode(start("--port", "7", "--tls", "--cert", "c.pem"))).as("--cert without --key").isEqualTo(2);
    }

    @Test
    void exits_1_with_one_error_line_when_the_connection_is_refused() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        Process talk = start("--port", String.valueOf(closedPort));
        assertThat(exitCode(talk)).isEqualTo(1);
        assertThat(talk.getErrorStream().readAllBytes()).asString(UTF_8)
                .isEqualTo("error: cannot connect to 127.0.0.1:" + closedPort + ": Connection refused"
                        + System.lineSeparator());
    }

    @Test
    void with_tls_and_no_ca_trusts_the_kit_ca_under_CHATLAB_HOME() throws Exception {
        TestPki.Issued ca = TestPki.ca("ChatLab kit CA");
        Files.createDirectories(home.resolve("tls"));
        TestPki.write(ca, home.resolve("tls/ca.pem"), null);
        try (PeerServer server = PeerServer.tls(
                TestPki.serverContext(TestPki.leaf(ca, "localhost", true), ca, null), "TLSv1.3", false,
                PeerServer.ECHO)) {
            Process talk = start("--tls", "--host", "localhost", "--port", String.valueOf(server.port()));
            try (OutputStream stdin = talk.getOutputStream()) {
                stdin.write("secret\n".getBytes(UTF_8));
            }
            assertThat(talk.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(talk.getInputStream().readAllBytes()).asString(UTF_8)
                    .isEqualTo("secret" + System.lineSeparator());
            assertThat(talk.getErrorStream().readAllBytes()).asString(UTF_8)
                    .startsWith("* TLS 1.3, ").contains("server CN=localhost, verified for localhost");
            assertThat(talk.exitValue()).isZero();
        }
    }

    @Test
    void with_tls_and_no_kit_ca_exits_1_saying_how_to_make_one() throws Exception {
        Process talk = start("--tls", "--port", "7003");
        assertThat(exitCode(talk)).isEqualTo(1);
        assertThat(talk.getErrorStream().readAllBytes()).asString(UTF_8)
                .isEqualTo("error: TLS: no CA to trust: " + home.resolve("tls/ca.pem") + " does not exist"
                        + " (run ./chatlab lab03 server once to create the kit CA, or give --ca FILE)"
                        + System.lineSeparator());
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Talk.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CHATLAB_HOME", home.toString());
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static int exitCode(Process process) throws IOException, InterruptedException {
        process.getOutputStream().close();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
