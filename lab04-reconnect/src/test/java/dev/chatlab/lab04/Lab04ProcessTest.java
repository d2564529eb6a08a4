package dev.chatlab.lab04;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process contract on real processes run from this test's class path with this JVM's java:
 * {@code LISTENING <port>} first and alone on stdout, SIGTERM, exit codes, and a client's session.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Lab04ProcessTest {

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void the_server_prints_listening_first_and_alone_and_stops_on_sigterm() throws Exception {
        Process server = start("server", "--port", "0", "--heartbeat-seconds", "1", "--resume-seconds", "2",
                "--history", "10");
        BufferedReader stdout = new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8));
        assertThat(listeningPort(stdout)).isPositive();
        server.toHandle().destroy(); // SIGTERM, and unlike Process.destroy() it leaves our pipes open
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isIn(0, 143);
        assertThat(stdout.readLine()).as("stdout after LISTENING").isNull();
    }

    @Test
    void a_client_chats_and_exits_0_at_the_end_of_stdin() throws Exception {
        Process server = start("server", "--port", "0");
        int port = listeningPort(new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8)));
        Process client = start("client", "--host", "localhost", "--port", "" + port, "--nick", "ana");
        try (var stdin = client.getOutputStream()) {
            stdin.write("hello, lab04\n".getBytes(UTF_8));
        }
        assertThat(client.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(client.getInputStream().readAllBytes()).asString(UTF_8).isEqualTo(String.join(System.lineSeparator(),
                "* connected as ana (1 user: ana)", "<ana> hello, lab04", ""));
        assertThat(client.exitValue()).isZero();
    }

    @Test
    void a_client_whose_first_connection_fails_exits_1_with_one_error_line() throws Exception {
        start("server", "--port", "0").getInputStream().read(); // makes the kit CA that the client trusts
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        Process client = start("client", "--port", "" + closedPort, "--nick", "ana");
        client.getOutputStream().close();
        assertThat(client.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(client.exitValue()).isEqualTo(1);
        assertThat(client.getErrorStream().readAllBytes()).asString(UTF_8)
                .startsWith("error: cannot connect to 127.0.0.1:" + closedPort + ": ");
    }

    @Test
    void bad_usage_exits_2() throws Exception {
        assertThat(exitCode(start("server", "--heartbeat-seconds", "0"))).isEqualTo(2);
        assertThat(exitCode(start("server", "--resume-seconds", "0"))).isEqualTo(2);
        assertThat(exitCode(start("server", "--history", "0"))).isEqualTo(2);
        assertThat(exitCode(start("server", "--history", "many"))).isEqualTo(2);
        assertThat(exitCode(start("server", "--cert", "server.pem"))).isEqualTo(2);
        assertThat(exitCode(start("client", "--nick", "ana", "--key", "ana-key.pem"))).isEqualTo(2);
        assertThat(exitCode(start("client"))).isEqualTo(2);
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Lab04.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CHATLAB_HOME", home.toString()); // never the user's own kit CA
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static int listeningPort(BufferedReader stdout) throws IOException {
        String first = stdout.readLine();
        assertThat(first).as("the first stdout line").matches("LISTENING \\d+");
        return Integer.parseInt(first.substring("LISTENING ".length()));
    }

    private static int exitCode(Process process) throws InterruptedException {
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
