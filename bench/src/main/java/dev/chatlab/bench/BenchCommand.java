package dev.chatlab.bench;

import dev.chatlab.bench.compare.RoundRobin;
import dev.chatlab.bench.network.NetworkPreset;
import dev.chatlab.bench.scenario.DurationConverter;
import dev.chatlab.bench.scenario.Preset;
import dev.chatlab.bench.scenario.Scenario;
import dev.chatlab.bench.server.ServerCatalog;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: reads the options into a {@link BenchPlan} (every rule checked here, so that bad input is
 * exit 2 with a precise message before anything starts) and hands it to a {@link BenchSession}.
 */
@Command(name = "bench", sortOptions = false,
        description = "Measures a chat/1 server: many clients, a few senders, latency, throughput, loss.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "fanout",
            description = "fanout, latency, crowd, overload or connections (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--clients", paramLabel = "C", description = "Clients that join and stay (preset's by default).")
    Integer clients;

    @Option(names = "--senders", paramLabel = "S", description = "Clients that also send: the first S.")
    Integer senders;

    @Option(names = "--rate", paramLabel = "R", description = "Messages per second, all senders together; 0 = max.")
    Integer rate;

    @Option(names = "--duration", paramLabel = "TIME", defaultValue = "10s", converter = DurationConverter.class,
            description = "Measured time after the warm-up (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", paramLabel = "TIME", defaultValue = "2s", converter = DurationConverter.class,
            description = "Sending before measuring starts (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--message-size", paramLabel = "N", defaultValue = "64",
            description = "Text length in characters, " + Scenario.MIN_MESSAGE_SIZE + " to "
                    + Scenario.MAX_MESSAGE_SIZE + " (default: ${DEFAULT-VALUE}).")
    int messageSize;

    @Option(names = "--window", paramLabel = "N", defaultValue = "16",
            description = "At rate 0: messages a sender may have sent but not yet seen back (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--net", paramLabel = "NAME", defaultValue = "none",
            description = "Network between clients and server: none (direct), lan, wifi, mobile or lossy, "
                    + "through a relay in this process; latency then includes its delay (default: ${DEFAULT-VALUE}).")
    String net;

    @Option(names = "--server-cmd", paramLabel = "CMD",
            description = "Start this server (sh -c CMD; it must bind port 0 and print LISTENING <port>).")
    String serverCommand;

    @Option(names = "--port", paramLabel = "PORT",
            description = "Attach to a server already running on this port (no CPU or memory figures).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "The server's address; loopback only (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--tls",
            description = "The server of --server-cmd, --port or a --compare command speaks TLS (lab03, lab04 do).")
    boolean tls;

    @Option(names = "--ca", paramLabel = "FILE",
            description = "The CA of TLS servers' certificates (default: the kit CA, $CHATLAB_HOME/tls/ca.pem).")
    Path ca;

    @Option(names = "--compare", arity = "1..*", paramLabel = "SERVER",
            description = "Compare servers A B A B: lab02, lab03, lab04, netty, python or a command each.")
    List<String> compare;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2",
            description = "Rounds of a comparison, at least 2 (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--sweep", split = ",", paramLabel = "R1,R2,...",
            description = "One run per offered rate, plotted as latency against load.")
    List<Integer> sweep;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bench-results",
            description = "Where the JSON result and the plots go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--io-threads", paramLabel = "N", defaultValue = "2",
            description = "Selector threads of the generator (default: ${DEFAULT-VALUE}).")
    int ioThreads;

    @Option(names = "--max-connecting", paramLabel = "N", defaultValue = "200",
            description = "Connects in flight at once (default: ${DEFAULT-VALUE}).")
    int maxConnecting;

    @Option(names = "--connect-timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Bound on the whole connect phase (default: 10 s + 30 ms per client).")
    Duration connectTimeout;

    @Option(names = "--kit", paramLabel = "DIR", description = "The ChatLab kit (default: the launcher's).")
    Path kit;

    @Option(names = "--baselines", paramLabel = "DIR",
            description = "Folder of the baseline servers (default: KIT/../shared/baselines).")
    Path baselines;

    @Spec
    CommandSpec spec;

    private final PrintStream stdout;
    private final PrintStream stderr;

    BenchCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws Exception {
        return new BenchSession(plan(), stdout, stderr).run();
    }

    /** Checks every option and combination; bad input throws a ParameterException (exit 2). */
    BenchPlan plan() {
        Scenario scenario;
        try {
            Preset named = Preset.named(preset);
            scenario = new Scenario(named.label(), clients != null ? clients : named.clients(),
                    senders != null ? senders : named.senders(), rate != null ? rate : named.rate(), duration, warmup,
                    messageSize, window, NetworkPreset.named(net));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        InetAddress address = loopback(host);
        if (port != null && (port < 1 || port > 65535)) {
            throw usage("--port must be 1 to 65535: " + port);
        }
        if (port != null && (serverCommand != null || compare != null)) {
            throw usage("--port attaches to a running server; it cannot be combined with --server-cmd or --compare");
        }
        if (serverCommand != null && compare != null) {
            throw usage("--server-cmd and --compare both name servers; use --compare \"CMD\" ... alone");
        }
        if (compare != null && sweep != null) {
            throw usage("--compare and --sweep cannot be combined: compare at one rate, or sweep one server");
        }
        if (compare != null) {
            try {
                RoundRobin.plan(compare.size(), rounds);
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        if (sweep != null && sweep.stream().anyMatch(value -> value == null || value < 0)) {
            throw usage("--sweep rates must be 0 or more: " + sweep);
        }
        if (ioThreads < 1 || maxConnecting < 1) {
            throw usage("--io-threads and --max-connecting must be at least 1: " + ioThreads + ", " + maxConnecting);
        }
        List<String> servers = new ArrayList<>();
        if (compare != null) {
            servers.addAll(compare);
        } else if (port == null) {
            servers.add(serverCommand != null ? serverCommand : "lab02");
        }
        checkTls(servers);
        Path kitDir = kit != null ? kit : Path.of(System.getProperty("chatlab.kit", "."));
        Path baselineDir = baselines != null ? baselines : kitDir.resolve("../shared/baselines");
        return new BenchPlan(scenario, address, port, servers, compare != null ? rounds : 1,
                sweep != null ? List.copyOf(sweep) : List.of(), out, kitDir, baselineDir, ioThreads, maxConnecting,
                connectTimeout, tls, ca);
    }

    /** {@code --ca} names a readable file, and some server of the plan speaks TLS. */
    private void checkTls(List<String> servers) {
        if (ca == null) {
            return;
        }
        if (!Files.isRegularFile(ca) || !Files.isReadable(ca)) {
            throw usage("--ca is not a readable file: " + ca);
        }
        if (!tls && servers.stream().map(String::trim).noneMatch(ServerCatalog.TLS_SERVERS::contains)) {
            throw usage("--ca is for TLS servers: add --tls for a server given as a command or port,"
                    + " or compare lab03 or lab04");
        }
    }

    private InetAddress loopback(String name) {
        try {
            InetAddress address = InetAddress.getByName(name);
            if (!address.isLoopbackAddress()) {
                throw usage("--host must be a loopback address (the generator and the server share one machine): "
                        + name);
            }
            return address;
        } catch (UnknownHostException e) {
            throw usage("--host is not a known address: " + name);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
