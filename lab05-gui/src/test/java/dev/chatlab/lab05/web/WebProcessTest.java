package dev.chatlab.lab05.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab05.Lab05;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lab05-gui web} as a process, run from this test's class path with this JVM's java: the process
 * contract ({@code LISTENING <port>} first and alone on stdout, SIGTERM, exit codes).
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WebProcessTest {

    @TempDir
    Path home;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void the_gateway_prints_listening_first_and_alone_serves_the_page_and_stops_on_sigterm() throws Exception {
        try (LocalChatServer server = new LocalChatServer(home, LocalChatServer.contract())) {
            Process gateway = start("web", "--port", "0", "--upstream", "127.0.0.1:" + server.port(),
                    "--ca", server.caFile().toString());
            BufferedReader stdout = new BufferedReader(new InputStreamReader(gateway.getInputStream(), UTF_8));
            String first = stdout.readLine();
            assertThat(first).as("the first stdout line").matches("LISTENING \\d+");
            int port = Integer.parseInt(first.substring("LISTENING ".length()));
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.headers().firstValue("Server")).isEmpty();
            }
            gateway.toHandle().destroy(); // SIGTERM
            assertThat(gateway.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(gateway.exitValue()).isIn(0, 143);
            assertThat(stdout.readLine()).as("stdout after LISTENING").isNull();
            assertThat(new String(gateway.getErrorStream().readAllBytes(), UTF_8))
                    .startsWith("web: open http://127.0.0.1:" + port + "/ in a browser; chat server: 127.0.0.1:"
                            + server.port())
                    .doesNotContain("SLF4J");
        }
    }

    @Test
    void bad_usage_exits_2_and_a_missing_ca_exits_1() throws Exception {
        assertThat(exitCode(start("web", "--port", "70000"))).isEqualTo(2);
        assertThat(exitCode(start("web", "--upstream", "7004"))).isEqualTo(2);
        assertThat(exitCode(start("web", "--max-connections", "0"))).isEqualTo(2);
        assertThat(exitCode(start("web", "--max-queue-bytes", "0", "--ca", "x.pem"))).isEqualTo(2);
        assertThat(exitCode(start("web", "--allow-origin", "http://example.org/path"))).isEqualTo(2);
        Process noCa = start("web", "--port", "0");
        assertThat(exitCode(noCa)).isEqualTo(1);
        assertThat(new String(noCa.getErrorStream().readAllBytes(), UTF_8)).startsWith("error: TLS: no --ca given");
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Lab05.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CHATLAB_HOME", home.resolve("empty-home").toString()); // never the user's kit CA
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private static int exitCode(Process process) throws InterruptedException {
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
