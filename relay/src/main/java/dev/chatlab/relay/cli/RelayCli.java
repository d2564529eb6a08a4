package dev.chatlab.relay.cli;

import dev.chatlab.lab01.cli.PortConverter;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab01.cli.StandardStreams;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import dev.chatlab.relay.action.ActionRun;
import dev.chatlab.relay.chaos.ChaosPlan;
import dev.chatlab.relay.chaos.ChaosRun;
import dev.chatlab.relay.fault.Direction;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code relay --listen P --target HOST:PORT [faults]}: runs a {@link Relay} under the process contract. It
 * prints {@code LISTENING <port>} first on stdout, logs every event on stderr, reads fault commands on stdin,
 * and runs until SIGTERM, or with {@code --exit-after} until its script and chaos have ended.
 */
@Command(name = "relay", sortOptions = false,
        description = {"A fault-injecting TCP relay: forwards each connection to the target and",
                "cuts, refuses, stalls, delays, throttles or corrupts it on demand.",
                "Commands on stdin while it runs (help lists them): cut, cut 2 reset,",
                "stall 3s, refuse 5s, latency up 100ms, flip up 100, status."})
public final class RelayCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--listen", required = true, paramLabel = "PORT", converter = PortConverter.class,
            description = "Port to listen on, on 127.0.0.1; 0 picks a free port.")
    int listen;

    @Option(names = "--target", required = true, paramLabel = "HOST:PORT", converter = TargetConverter.class,
            description = "Where to forward each connection: a port on this machine.")
    InetSocketAddress target;

    @Option(names = "--latency", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Delay of every chunk, both directions (e.g. 50ms).")
    Duration latency = Duration.ZERO;

    @Option(names = "--jitter", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Extra random delay, up to this much (e.g. 10ms); order is kept.")
    Duration jitter = Duration.ZERO;

    @Option(names = "--bandwidth", paramLabel = "RATE", converter = RateConverter.class,
            description = "Bytes per second per link and direction (e.g. 64KiB/s).")
    long bandwidth;

    @Option(names = "--script", paramLabel = "FILE", converter = ScriptConverter.class,
            description = "Timed actions, one per line: '2s cut all', '3.5s stall all 2s', '8s refuse 3s'.")
    ScriptConverter.Script script;

    @Option(names = "--chaos", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Cut, reset or stall random links at random intervals for this long (e.g. 20s).")
    Duration chaos;

    @Option(names = "--chaos-interval", paramLabel = "MIN..MAX", converter = IntervalConverter.class,
            defaultValue = "100ms..1s", description = "Pause between chaos steps (default: ${DEFAULT-VALUE}).")
    IntervalConverter.Interval chaosInterval;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice; replays a run.")
    Long seed;

    @Option(names = "--exit-after", description = "Exit 0 once the script and the chaos have ended.")
    boolean exitAfter;

    /** Runs the relay command line and exits with the process contract's exit code. */
    public static void main(String[] args) {
        System.exit(ProcessContract.run(new RelayCli(), args));
    }

    @Override
    public Integer call() {
        if (exitAfter && script == null && chaos == null) {
            throw new ParameterException(spec.commandLine(), "--exit-after needs --script or --chaos");
        }
        ChaosPlan plan = chaos == null ? null : chaosPlan();
        PrintStream err = StandardStreams.stderr();
        long chosenSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong();
        RelayConfig config = RelayConfig.to(target).withListenPort(listen).withSeed(chosenSeed);
        Relay relay;
        try {
            relay = Relay.open(config, err);
        } catch (IOException e) {
            throw ProcessContract.cannotListen(new InetSocketAddress(InetAddress.getLoopbackAddress(), listen), e);
        }
        if (!latency.isZero() || !jitter.isZero()) {
            relay.faults().latency(Direction.BOTH, latency, jitter);
        }
        if (bandwidth > 0) {
            relay.faults().bandwidth(Direction.BOTH, bandwidth);
        }
        List<CompletableFuture<?>> runs = new ArrayList<>();
        if (script != null) {
            runs.add(ActionRun.start(relay, "script " + script.file(), script.actions()).finished());
        }
        if (plan != null) {
            runs.add(ChaosRun.start(relay, plan).summary());
        }
        if (exitAfter) {
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).thenRun(relay::close);
        }
        RelayConsole console = new RelayConsole(relay, StandardStreams.stdin(), err);
        Thread.ofPlatform().daemon().name("relay console").start(console::run);
        return ProcessContract.serveUntilStopped(relay);
    }

    private ChaosPlan chaosPlan() {
        try {
            return new ChaosPlan(chaos, chaosInterval.min(), chaosInterval.max());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
