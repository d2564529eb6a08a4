package dev.chatlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.bench.load.RunningLab02;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Timeout(60)
class BenchResultsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path out;

    @Test
    void a_run_writes_its_json_and_non_empty_plots() throws Exception {
        BenchOutput result;
        try (RunningLab02 server = new RunningLab02()) {
            result = BenchOutput.run("--port", Integer.toString(server.port()), "--clients", "10", "--senders", "2",
                    "--rate", "100", "--duration", "2s", "--warmup", "0s", "--out", out.toString());
        }

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("deliveries/s", "p99 ms");
        JsonNode run = document().get("runs").get(0);
        long sent = run.get("sent").asLong();
        assertThat(run.get("deliveries").asLong()).isEqualTo(sent * 10);
        assertThat(run.get("missing").asLong()).isZero();
        assertThat(run.get("outOfOrder").asLong()).isZero();
        assertThat(run.get("clientsDropped").asLong()).isZero();
        assertThat(run.get("latencyMs").get("p99").asDouble()).isPositive();
        assertThat(run.get("serverCpuSeconds").isNull()).as("attached: absent, not 0").isTrue();
        assertThat(run.get("deliveriesPerSecondOverTime").size()).isPositive();
        for (String plot : List.of("-latency.png", "-throughput.png")) {
            BufferedImage image = ImageIO.read(file(plot).toFile());
            assertThat(image).as(plot).isNotNull();
            assertThat(image.getWidth()).isPositive();
        }
    }

    @Test
    void a_comparison_runs_the_servers_alternately_and_measures_their_processes() throws Exception {
        Path jar = Path.of(System.getProperty("chatlab.kit"), "lab02-multiclient/target/lab02-multiclient.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String a = "'" + java + "' -jar '" + jar.toAbsolutePath() + "' server --port 0";
        String b = a + " --max-queue-bytes 2000000";

        BenchOutput result = BenchOutput.run("--compare", a, b, "--rounds", "2", "--clients", "4", "--senders", "1",
                "--rate", "50", "--duration", "500ms", "--warmup", "0s", "--out", out.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonNode document = document();
        assertThat(document.get("kind").asString()).isEqualTo("compare");
        assertThat(document.get("order").valueStream().map(JsonNode::asString).toList())
                .containsExactly("server1", "server2", "server1", "server2");
        assertThat(document.get("runs").valueStream().map(run -> run.get("round").asInt()).toList())
                .containsExactly(1, 1, 2, 2);
        assertThat(document.get("runs").get(0).get("serverCpuSeconds").asDouble()).isPositive();
        assertThat(document.get("runs").get(0).get("serverPeakRssBytes").asLong()).isPositive();
        assertThat(document.get("summary").size()).isEqualTo(2);
        assertThat(document.get("summary").get(0).get("deliveriesRatio").asDouble()).isEqualTo(1.0);
        assertThat(result.stdout()).contains("median of");
    }

    private JsonNode document() throws IOException {
        return JSON.readTree(Files.readString(file(".json")));
    }

    private Path file(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> matches = files.filter(path -> path.getFileName().toString().endsWith(suffix)
                    && (!suffix.equals(".json") || !path.getFileName().toString().endsWith("-" + suffix))).toList();
            assertThat(matches).as("one %s in %s", suffix, out).hasSize(1);
            return matches.get(0);
        }
    }
}
