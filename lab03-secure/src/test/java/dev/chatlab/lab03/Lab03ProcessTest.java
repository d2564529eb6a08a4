package dev.chatlab.lab03;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process contract, checked on real processes run from this test's class path with this JVM's java:
 * {@code LISTENING <port>} first and alone on stdout, SIGTERM, exit codes; and the kit CA that the first
 * server creates under {@code CHATLAB_HOME} and later ones reuse.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class Lab03ProcessTest {

    private static final Pattern KIT_CA = Pattern.compile("TLS: (created|using) the kit CA (\\S+) \\(SHA-256 fingerprint ([0-9A-F:]{95})\\)");

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void the_first_server_creates_the_kit_CA_the_second_reuses_it_and_both_stop_on_SIGTERM() throws Exception {
        Matcher first = runServerUntilSigterm();
        Matcher second = runServerUntilSigterm();

        assertThat(first.group(1)).isEqualTo("created");
        assertThat(first.group(2)).isEqualTo(home.resolve("tls").resolve("ca.pem").toString());
        assertThat(second.group(1)).isEqualTo("using");
        assertThat(second.group(2)).isEqualTo(first.group(2));
        assertThat(second.group(3)).isEqualTo(first.group(3));
    }

    @Test
    void a_client_of_the_kit_CA_chats_with_the_server_and_exits_0_at_the_end_of_stdin() throws Exception {
        Process server = start("server", "--port", "0");
        int port = listeningPort(new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8)));
        Process client = start("client", "--host", "localhost", "--port", "" + port, "--nick", "ana");
        try (var stdin = client.getOutputStream()) {
            stdin.write("hello over TLS\n".getBytes(UTF_8));
        }

        assertThat(client.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(client.getInputStream().readAllBytes()).asString(UTF_8).isEqualTo(String.join(System.lineSeparator(),
                "* connected as ana (1 user: ana)", "<ana> hello over TLS", ""));
        assertThat(client.exitValue()).isZero();
    }

    @Test
    void bad_usage_exits_2() throws Exception {
        assertThat(exitCode(start("server", "--cert", "server.pem"))).isEqualTo(2);
        assertThat(exitCode(start("server", "--client-auth", "need"))).isEqualTo(2);
        assertThat(exitCode(start("server", "--client-auth", "sometimes"))).isEqualTo(2);
        assertThat(exitCode(start("server", "--max-connections", "0"))).isEqualTo(2);
        assertThat(exitCode(start("client", "--nick", "ana", "--key", "ana-key.pem"))).isEqualTo(2);
        assertThat(exitCode(start("client"))).isEqualTo(2);
    }

    /** Starts a server, reads LISTENING, stops it with SIGTERM; returns its kit CA line on stderr. */
    private Matcher runServerUntilSigterm() throws Exception {
        Process server = start("server", "--port", "0");
        BufferedReader stdout = new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8));
        listeningPort(stdout);
        server.toHandle().destroy(); // SIGTERM, and unlike Process.destroy() it leaves our pipes open
        assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isIn(0, 143);
        assertThat(stdout.readLine()).as("stdout after LISTENING").isNull();
        String stderr = new String(server.getErrorStream().readAllBytes(), UTF_8);
        Matcher line = KIT_CA.matcher(stderr);
        assertThat(line.find()).as("the kit CA line in %s", stderr).isTrue();
        return line;
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Lab03.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CHATLAB_HOME", home.toString()); // never the user's own kit CA
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static int listeningPort(BufferedReader stdout) throws IOException {
        String first = stdout.readLine();
        assertThat(first).as("first stdout line").matches("LISTENING [1-9][0-9]*");
        return Integer.parseInt(first.substring("LISTENING ".length()));
    }

    private static int exitCode(Process process) throws IOException, InterruptedException {
        process.getOutputStream().close();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
