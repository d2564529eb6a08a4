package dev.chatlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.bench.load.RunningLab02;
import dev.chatlab.bench.network.NetworkPreset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code --net}: every client connection goes through a relay shaped like the named network. */
@Timeout(60)
class NetworkBenchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path out;

    @Test
    void a_short_run_over_the_lan_delivers_every_message_from_the_lab02_jar() throws Exception {
        BenchOutput result = BenchOutput.run("--net", "lan", "--clients", "10", "--senders", "2", "--rate", "100",
                "--duration", "1s", "--warmup", "0s", "--out", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).startsWith("network lan: 0.25 ms one way + up to 0.1 ms jitter");
        JsonNode document = document();
        assertThat(document.get("network").get("name").asString()).isEqualTo("lan");
        JsonNode run = document.get("runs").get(0);
        assertThat(run.get("server").asString()).isEqualTo("lab02");
        long sent = run.get("sent").asLong();
        assertThat(sent).isPositive();
        assertThat(run.get("deliveries").asLong()).isEqualTo(sent * 10);
        assertThat(run.get("missing").asLong()).isZero();
        assertThat(run.get("outOfOrder").asLong()).isZero();
        assertThat(run.get("clientsDropped").asLong()).isZero();
    }

    @Test
    void over_the_mobile_network_the_median_latency_is_at_least_its_round_trip() throws Exception {
        NetworkPreset mobile = NetworkPreset.MOBILE;
        BenchOutput result;
        try (RunningLab02 server = new RunningLab02()) {
            result = BenchOutput.run("--port", Integer.toString(server.port()), "--net", "mobile", "--clients", "4",
                    "--senders", "1", "--rate", "20", "--duration", "1s", "--warmup", "0s", "--out", out.toString());
        }

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode document = document();
        assertThat(document.get("network").get("oneWayLatencyMs").asDouble())
                .isEqualTo(mobile.oneWayLatency().toMillis());
        JsonNode run = document.get("runs").get(0);
        assertThat(run.get("deliveries").asLong()).isEqualTo(run.get("sent").asLong() * 4);
        assertThat(run.get("latencyMs").get("p50").asDouble())
                .as("up to the server and down again: two one-way latencies")
                .isGreaterThanOrEqualTo(mobile.roundTrip().toMillis());
    }

    @Test
    void an_unknown_network_is_refused_with_the_known_ones() {
        BenchOutput result = BenchOutput.run("--net", "3g");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.firstErrorLine())
                .isEqualTo("Unknown network: 3g (known: none, lan, wifi, mobile, lossy)");
    }

    private JsonNode document() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> json = files.filter(path -> path.getFileName().toString().endsWith(".json")).toList();
            assertThat(json).as("one JSON document in %s", out).hasSize(1);
            return JSON.readTree(Files.readString(json.get(0)));
        }
    }
}
