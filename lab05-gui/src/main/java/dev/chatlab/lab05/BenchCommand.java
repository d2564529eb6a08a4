package dev.chatlab.lab05;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.client.ClientState;
import dev.chatlab.lab05.demo.EdtProbe;
import dev.chatlab.lab05.display.PrivateDisplay;
import dev.chatlab.lab05.gui.ChatController;
import dev.chatlab.lab05.gui.Theme;
import dev.chatlab.lab05.i18n.Language;
import dev.chatlab.lab05.i18n.Messages;
import dev.chatlab.lab05.model.EventBatcher;
import dev.chatlab.lab05.model.EventBridge;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the window's responsiveness under a flood. One thread reports {@code --messages} messages
 * through the {@link EventBridge} as fast as it can, as lab04's client thread would after a long resume,
 * after a warm-up of {@value #WARM_UP} messages, while an {@link EdtProbe} measures how late the EDT runs a task posted every {@code --probe-ms}. Prints
 * the time until every message is in the view and the EDT's delays; exit 1 when the worst exceeds
 * {@code --budget-ms}.
 */
@Command(name = "bench", description = "Floods the window with messages and measures how long the EDT is blocked.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Messages shown before the measurement starts: the window has painted, the JIT has seen the code. */
    static final int WARM_UP = 500;

    @Option(names = "--messages", paramLabel = "N", description = "Messages in the burst (default ${DEFAULT-VALUE}).")
    int messages = 10_000;

    @Option(names = "--probe-ms", paramLabel = "MS", description = "How often the EDT is probed (default ${DEFAULT-VALUE}).")
    long probeMillis = 5;

    @Option(names = "--budget-ms", paramLabel = "MS", description = "The longest EDT delay allowed (default ${DEFAULT-VALUE}).")
    double budgetMillis = 100;

    @Override
    public Integer call() throws Exception {
        try {
            PrivateDisplay.ensure();
        } catch (IOException e) {
            throw new CommandFailedException("no display for the benchmark: " + e.getMessage(), e);
        }
        AtomicReference<ChatController> view = new AtomicReference<>();
        AtomicReference<EventBridge> bridge = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            Theme.install(false);
            ChatController controller = new ChatController(Messages.of(Language.EN), Clock.systemUTC(), false, dark -> { });
            bridge.set(new EventBridge(new EventBatcher<>(controller::apply, EventBatcher.DEFAULT_MAX_BATCH), Clock.systemUTC()));
            controller.window().setVisible(true);
            view.set(controller);
        });
        bridge.get().connected("me", List.of("me", "bob"));
        bridge.get().stateChanged(new ClientState.Online("me", List.of("me", "bob")));
        // Warm-up, not measured: the window's first paint, and a first conversation as a user would have it.
        flood(bridge.get(), 1, WARM_UP);
        awaitShown(view.get(), WARM_UP, System.nanoTime());
        SwingUtilities.invokeAndWait(() -> view.get().window().getRootPane().paintImmediately(
                view.get().window().getRootPane().getBounds()));
        try (EdtProbe probe = new EdtProbe(probeMillis)) {
            long start = System.nanoTime();
            Thread.ofPlatform().name("flood").start(() -> flood(bridge.get(), WARM_UP + 1, WARM_UP + messages));
            long shownNanos = awaitShown(view.get(), WARM_UP + messages, start);
            List<Double> delays = probe.sortedMillis();
            double worst = delays.getLast();
            System.out.printf(Locale.ROOT, "%d messages shown in %d ms; EDT delay over %d probes (every %d ms):"
                    + " median %.1f ms, p99 %.1f ms, max %.1f ms (budget %.0f ms)%n", messages, shownNanos / 1_000_000,
                    delays.size(), probeMillis, EdtProbe.quantile(delays, 0.5), EdtProbe.quantile(delays, 0.99), worst,
                    budgetMillis);
            SwingUtilities.invokeAndWait(() -> view.get().window().dispose());
            if (worst > budgetMillis) {
                throw new CommandFailedException(String.format(Locale.ROOT, "the EDT was blocked for %.1f ms, over the budget of %.0f ms",
                        worst, budgetMillis));
            }
        }
        return 0;
    }

    /** Reports messages {@code first} to {@code last} as the client's event thread would, as fast as it can. */
    private static void flood(EventBridge bridge, int first, int last) {
        for (int i = first; i <= last; i++) {
            bridge.frame(new ServerFrame.Message(i, i % 3 == 0 ? "bob" : "carla",
                    "message " + i + " of the burst, long enough to wrap now and then in a narrow window", Instant.now()));
        }
    }

    /** Waits (at most a minute) until the view holds {@code rows} rows; returns the nanoseconds since {@code start}. */
    private static long awaitShown(ChatController view, int rows, long start) throws Exception {
        AtomicInteger shown = new AtomicInteger();
        long deadline = start + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            SwingUtilities.invokeAndWait(() -> shown.set(view.rows().getSize()));
            if (shown.get() >= rows) {
                return System.nanoTime() - start;
            }
            Thread.sleep(10); // polling a bounded number of times, not synchronising: the loop checks the count
        }
        throw new CommandFailedException("only " + shown.get() + " of " + rows + " rows were shown within 60 s");
    }
}
