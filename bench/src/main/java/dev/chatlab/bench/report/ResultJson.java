package dev.chatlab.bench.report;

import dev.chatlab.bench.compare.ServerSummary;
import dev.chatlab.bench.measure.Percentiles;
import dev.chatlab.bench.measure.RunResult;
import dev.chatlab.bench.network.NetworkPreset;
import dev.chatlab.bench.network.RetransmissionStalls;
import dev.chatlab.bench.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result document: {@code kind} ({@code single}, {@code sweep} or {@code compare}), the scenario, the
 * network the clients connected over ({@code network}: its name and figures), the servers in the order they
 * ran ({@code order}), every run with every metric (null where not measured), and for a comparison the
 * medians per server with their ratios to the first ({@code summary}).
 */
public final class ResultJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ResultJson() {
    }

    /**
     * Writes the document to {@code file}, replacing it.
     *
     * @throws IOException if it cannot be written
     */
    public static void write(Path file, String kind, Scenario scenario, List<RunResult> runs,
                             List<ServerSummary> summaries) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("tool", "chatlab bench");
        document.put("kind", kind);
        document.put("writtenAt", Instant.now().toString());
        document.put("scenario", scenario(scenario));
        document.put("network", network(scenario.network()));
        document.put("order", runs.stream().map(RunResult::server).toList());
        document.put("runs", runs.stream().map(ResultJson::run).toList());
        document.put("summary", summaries);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n");
    }

    private static Map<String, Object> scenario(Scenario scenario) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", scenario.name());
        map.put("clients", scenario.clients());
        map.put("senders", scenario.senders());
        map.put("rate", scenario.rate());
        map.put("durationSeconds", scenario.duration().toMillis() / 1000.0);
        map.put("warmupSeconds", scenario.warmup().toMillis() / 1000.0);
        map.put("messageSize", scenario.messageSize());
        map.put("window", scenario.window());
        return map;
    }

    /** The network's name and figures; only the name for {@code none}, whose figures do not apply. */
    private static Map<String, Object> network(NetworkPreset network) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", network.label());
        map.put("relayed", network.relayed());
        if (network.relayed()) {
            map.put("oneWayLatencyMs", network.oneWayLatency().toNanos() / 1e6);
            map.put("jitterMs", network.jitter().toNanos() / 1e6);
            map.put("bytesPerSecond", network.bytesPerSecond());
            RetransmissionStalls stalls = network.stalls();
            Map<String, Object> stallMap = null;
            if (stalls != null) {
                stallMap = new LinkedHashMap<>();
                stallMap.put("meanIntervalMs", stalls.meanInterval().toMillis());
                stallMap.put("shortestMs", stalls.shortest().toMillis());
                stallMap.put("longestMs", stalls.longest().toMillis());
            }
            map.put("stalls", stallMap);
        }
        return map;
    }

    private static Map<String, Object> run(RunResult run) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("server", run.server());
        map.put("command", run.command());
        map.put("round", run.round());
        map.put("rate", run.scenario().rate());
        map.put("clientsJoined", run.clientsJoined());
        map.put("connectFailures", run.connectFailures());
        map.put("sent", run.sent());
        map.put("deliveries", run.deliveries());
        map.put("expectedDeliveries", run.expectedDeliveries());
        map.put("windowDeliveries", run.windowDeliveries());
        map.put("deliveriesPerSecond", run.deliveriesPerSecond());
        map.put("latencyMs", percentiles(run.latency()));
        map.put("connectMs", percentiles(run.connectTime()));
        map.put("missing", run.missing());
        map.put("missingPerClient", run.missingPerClient());
        map.put("outOfOrder", run.outOfOrder());
        map.put("duplicates", run.duplicates());
        map.put("clientsDropped", run.clientsDropped());
        map.put("errorFrames", run.errorFrames());
        map.put("firstProblem", run.firstError());
        map.put("serverCpuSeconds", run.serverCpuSeconds());
        map.put("serverPeakRssBytes", run.serverPeakRssBytes());
        map.put("generatorCpuSeconds", run.generatorCpuSeconds());
        map.put("deliveriesPerSecondOverTime", run.throughputPerSecond());
        map.put("latencyDistribution", run.latencyDistribution());
        return map;
    }

    private static Map<String, Object> percentiles(Percentiles percentiles) {
        if (percentiles == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", percentiles.count());
        map.put("p50", percentiles.p50());
        map.put("p90", percentiles.p90());
        map.put("p99", percentiles.p99());
        map.put("p99.9", percentiles.p999());
        map.put("max", percentiles.max());
        return map;
    }
}
