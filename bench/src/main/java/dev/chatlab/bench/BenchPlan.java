package dev.chatlab.bench;

import dev.chatlab.bench.scenario.Scenario;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a bench command line asked for, checked.
 *
 * @param port    the port of a server already running, or null when the tool starts the servers
 * @param servers names or commands of the servers to start, in order (empty when attaching)
 * @param rounds  rounds over {@code servers} (1 unless comparing)
 * @param sweep   offered rates to run one after the other, or empty for the scenario's own rate
 * @param tls     whether servers given as a command or a port speak TLS (named ones choose for themselves)
 * @param ca      the CA file TLS clients trust, or null for the kit CA
 */
record BenchPlan(Scenario scenario, InetAddress host, Integer port, List<String> servers, int rounds,
                 List<Integer> sweep, Path out, Path kit, Path baselines, int ioThreads, int maxConnecting,
                 Duration connectTimeout, boolean tls, Path ca) {

    /** {@code single}, {@code sweep} or {@code compare}. */
    String kind() {
        return servers.size() > 1 ? "compare" : sweep.isEmpty() ? "single" : "sweep";
    }

    /** The rates to run: the sweep's, or the scenario's own. */
    List<Integer> rates() {
        return sweep.isEmpty() ? List.of(scenario.rate()) : sweep;
    }
}
