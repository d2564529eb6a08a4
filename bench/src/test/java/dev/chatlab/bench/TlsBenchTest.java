package dev.chatlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab03.pki.CertificateAuthority;
import dev.chatlab.lab03.pki.PemFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bench over TLS against lab03's and lab04's jars (built before the tests run). The servers create their kit
 * CA under the CHATLAB_HOME that the build gives the tests, and the bench trusts it from there.
 */
@Timeout(120)
class TlsBenchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path out;

    @Test
    void a_short_run_against_lab03_over_tls_delivers_every_message_the_server_accepted() throws Exception {
        BenchOutput result = BenchOutput.run("--server-cmd", server("lab03-secure"), "--tls", "--clients", "20",
                "--senders", "2", "--duration", "2s", "--warmup", "0s", "--out", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode run = onlyRun();
        assertThat(run.get("clientsJoined").asLong()).isEqualTo(20);
        assertThat(run.get("deliveries").asLong()).isPositive();
        assertThat(run.get("errorFrames").asLong()).as("as fast as taken: lab03's token bucket refuses some says")
                .isPositive();
        assertThat(run.get("firstProblem").asString()).contains("RATE_LIMITED");
        assertThat(run.get("deliveries").asLong()).isEqualTo(run.get("expectedDeliveries").asLong());
        assertThat(run.get("missing").asLong()).isZero();
        assertThat(run.get("outOfOrder").asLong()).isZero();
        assertThat(run.get("clientsDropped").asLong()).isZero();
    }

    @Test
    void load_clients_answer_lab04s_pings_so_no_client_falls_silent_and_is_dropped() throws Exception {
        // Heartbeat 2 s: a listener that did not answer the server's pings would be dead 6 s after its hello,
        // well within the run; 2 s rather than 1 s, so that a server busy with the first TLS handshakes of its
        // life does not take its own late reading for a client's silence.
        BenchOutput result = BenchOutput.run("--server-cmd", server("lab04-reconnect") + " --heartbeat-seconds 2",
                "--tls", "--clients", "10", "--senders", "1", "--rate", "4", "--duration", "8s", "--warmup", "0s",
                "--out", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode run = onlyRun();
        assertThat(run.get("clientsJoined").asLong()).isEqualTo(10);
        assertThat(run.get("deliveries").asLong()).isPositive();
        assertThat(run.get("clientsDropped").asLong()).as(result.stdout()).isZero();
        assertThat(run.get("missing").asLong()).isZero();
    }

    @Test
    void a_ca_that_the_servers_certificate_does_not_lead_to_ends_the_run_with_a_tls_error_and_status_1()
            throws Exception {
        Path otherCa = out.resolve("other-ca.pem");
        Files.writeString(otherCa, PemFiles.certificatesToPem(
                List.of(CertificateAuthority.create(Clock.systemUTC()).certificate())));
        long start = System.nanoTime();

        BenchOutput result = BenchOutput.run("--server-cmd", server("lab03-secure"), "--tls", "--ca",
                otherCa.toString(), "--clients", "5", "--senders", "1", "--duration", "1s", "--connect-timeout", "60s",
                "--out", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("error: server1: only 0 of 5 clients got a welcome",
                "TLS: the server's certificate is not signed by the trusted CA " + otherCa,
                "(give the server's CA with --ca FILE)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("fails at the handshake, not at a timeout")
                .isLessThan(Duration.ofSeconds(30));
    }

    /** The command that starts a lab's server jar on an ephemeral port. */
    private static String server(String module) {
        Path jar = Path.of(System.getProperty("chatlab.kit"), module, "target", module + ".jar").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return "'" + java + "' -jar '" + jar + "' server --port 0";
    }

    private JsonNode onlyRun() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> json = files.filter(path -> path.getFileName().toString().endsWith(".json")).toList();
            assertThat(json).hasSize(1);
            return JSON.readTree(Files.readString(json.get(0))).get("runs").get(0);
        }
    }
}
