package dev.chatlab.bench;

import dev.chatlab.bench.compare.RoundRobin;
import dev.chatlab.bench.compare.ServerSummary;
import dev.chatlab.bench.load.LoadRun;
import dev.chatlab.bench.load.RunFailedException;
import dev.chatlab.bench.load.ServerUnderTest;
import dev.chatlab.bench.measure.RunResult;
import dev.chatlab.bench.net.TransportFactory;
import dev.chatlab.bench.network.NetworkPath;
import dev.chatlab.bench.report.ConsoleTable;
import dev.chatlab.bench.report.ProgressLine;
import dev.chatlab.bench.report.ResultJson;
import dev.chatlab.bench.report.ResultPlots;
import dev.chatlab.bench.scenario.Scenario;
import dev.chatlab.bench.server.OpenFilesLimit;
import dev.chatlab.bench.server.ServerCatalog;
import dev.chatlab.bench.server.ServerProcess;
import dev.chatlab.bench.server.ServerSpec;
import dev.chatlab.bench.server.ServerTrust;
import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab01.cli.ProcessContract;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a {@link BenchPlan}: for each rate and each slot of the round-robin, starts the server (or
 * attaches) and the network of {@code --net} in front of it, runs the scenario, stops both; then prints the
 * table and writes {@code OUT/<preset>[-<net>]-<kind>-<time>.json} and its {@code -latency.png},
 * {@code -throughput.png} (and {@code -sweep.png}) beside it.
 */
final class BenchSession {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(10);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BenchPlan plan;
    private final PrintStream out;
    private final PrintStream err;
    private final ProgressLine progress;

    BenchSession(BenchPlan plan, PrintStream out, PrintStream err) {
        this.plan = plan;
        this.out = out;
        this.err = err;
        this.progress = new ProgressLine(err, ProgressLine.terminal());
    }

    /**
     * Runs every planned run and writes the results.
     *
     * @throws CommandFailedException if a server or a run fails, or the results cannot be written
     */
    int run() {
        int clients = plan.scenario().clients();
        OpenFilesLimit.problemFor(clients).ifPresent(problem -> {
            throw new CommandFailedException(problem);
        });
        if (OpenFilesLimit.current().isEmpty() && clients > 1000) {
            err.println(OpenFilesLimit.unknownNote(clients));
        }
        ServerCatalog catalog = new ServerCatalog(plan.kit(), plan.baselines());
        List<ServerSpec> servers = new ArrayList<>();
        for (int i = 0; i < plan.servers().size(); i++) {
            ServerSpec server = resolve(catalog, plan.servers().get(i), i + 1, plan.tls());
            boolean taken = servers.stream().anyMatch(other -> other.label().equals(server.label()));
            // The same server twice (an A A comparison measures the noise): labels must still tell them apart.
            servers.add(taken ? server.labelled(server.label() + "-" + (i + 1)) : server);
        }
        List<RoundRobin.Slot> slots = servers.size() > 1 ? RoundRobin.plan(servers.size(), plan.rounds())
                : List.of(new RoundRobin.Slot(1, 1));
        LoadRun.Limits limits = new LoadRun.Limits(plan.ioThreads(), plan.maxConnecting(), plan.connectTimeout(),
                DRAIN_LIMIT);
        List<RunResult> results = new ArrayList<>();
        for (int rate : plan.rates()) {
            for (RoundRobin.Slot slot : slots) {
                Scenario scenario = plan.scenario().withRate(rate);
                ServerSpec server = servers.isEmpty() ? null : servers.get(slot.server() - 1);
                results.add(runOne(scenario, server, slot.round(), limits));
                progress.finish();
            }
        }
        List<ServerSummary> summaries = servers.size() > 1 ? ServerSummary.of(results) : List.of();
        ConsoleTable.runs(results, out);
        if (!summaries.isEmpty()) {
            ConsoleTable.summaries(summaries, out);
        }
        write(results, summaries);
        return ProcessContract.OK;
    }

    private static ServerSpec resolve(ServerCatalog catalog, String nameOrCommand, int position, boolean tls) {
        try {
            return catalog.resolve(nameOrCommand, position, tls);
        } catch (RunFailedException e) {
            throw new CommandFailedException(e.getMessage(), e);
        }
    }

    private RunResult runOne(Scenario scenario, ServerSpec server, int round, LoadRun.Limits limits) {
        try {
            // The clients connect to path.address(): the server itself, or the relay of --net in front of it.
            if (server == null) {
                try (NetworkPath path = NetworkPath.open(scenario.network(),
                        new InetSocketAddress(plan.host(), plan.port()))) {
                    return LoadRun.run(scenario, path.address(), transport(plan.tls()),
                            ServerUnderTest.attached("port" + plan.port()), limits, progress);
                }
            }
            try (ServerProcess process = ServerProcess.start(server.command(), START_TIMEOUT);
                 NetworkPath path = NetworkPath.open(scenario.network(),
                         new InetSocketAddress(plan.host(), process.port()))) {
                return LoadRun.run(scenario, path.address(), transport(server.tls()),
                        new ServerUnderTest(server.label(), server.command(), round, process.handle()), limits,
                        progress);
            }
        } catch (RunFailedException e) {
            progress.finish();
            throw new CommandFailedException((server == null ? "port " + plan.port() : server.label()) + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            progress.finish();
            throw new CommandFailedException("cannot run the load generator: " + e.getMessage(), e);
        }
    }

    /** Plain TCP, or TLS trusting --ca or the kit CA (read now: a lab03 server creates it on its first run). */
    private TransportFactory transport(boolean tls) {
        return new ServerTrust(plan.ca(), System.getenv(), System.getProperty("user.home")).transportFor(tls);
    }

    private void write(List<RunResult> results, List<ServerSummary> summaries) {
        Scenario scenario = plan.scenario();
        String stem = scenario.name() + (scenario.network().relayed() ? "-" + scenario.network().label() : "") + "-"
                + plan.kind() + "-" + LocalDateTime.now().format(STAMP);
        Path json = plan.out().resolve(stem + ".json");
        try {
            ResultJson.write(json, plan.kind(), plan.scenario(), results, summaries);
            ResultPlots.latency(results, plan.out().resolve(stem + "-latency.png"));
            ResultPlots.throughput(results, plan.out().resolve(stem + "-throughput.png"));
            if (!plan.sweep().isEmpty()) {
                ResultPlots.sweep(results, plan.out().resolve(stem + "-sweep.png"));
            }
        } catch (IOException e) {
            throw new CommandFailedException("cannot write the results to " + plan.out() + ": " + e.getMessage(), e);
        }
        err.println("results: " + json + " (and " + stem + "-*.png beside it)");
    }
}
