package dev.chatlab.lab05.gui;

import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab04.client.ConnectFailedException;
import dev.chatlab.lab04.client.ReconnectingClient;
import dev.chatlab.lab05.connect.ChatConnection;
import dev.chatlab.lab05.connect.ConnectForm;
import dev.chatlab.lab05.connect.ConnectPrefs;
import dev.chatlab.lab05.connect.ConnectRequest;
import dev.chatlab.lab05.i18n.Messages;
import dev.chatlab.lab05.model.ChatEvent;
import dev.chatlab.lab05.model.EventBatcher;
import dev.chatlab.lab05.model.EventBridge;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.SwingUtilities;

/**
 * The desktop client from start to end: the connect dialog, then, once lab04's client is online, the main
 * window. The threads: the dialog and the window live on the EDT; connecting runs on a thread of
 * {@link ChatConnection}; the client reports on its own event thread through an {@link EventBridge} and an
 * {@link EventBatcher} to the {@link ChatController}; typed frames reach the client through a send thread, so
 * that the EDT never waits for the client. {@link #finished()} completes when the user is done.
 */
public final class ChatApp {

    private final Messages text;
    private final ConnectPrefs prefs;
    private final ClientSettings settings;
    private final ConnectForm defaults;
    private final Clock clock;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private ConnectDialog dialog;

    public ChatApp(Messages text, ConnectPrefs prefs, ClientSettings settings, ConnectForm defaults, Clock clock) {
        this.text = Objects.requireNonNull(text, "text");
        this.prefs = Objects.requireNonNull(prefs, "prefs");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Installs the remembered theme and shows the connect dialog. EDT only. */
    public void start() {
        Theme.install(prefs.dark());
        dialog = new ConnectDialog(text, defaults, this::connect, () -> finished.complete(null));
        dialog.setVisible(true);
    }

    /** Completes when the dialog is cancelled or the main window closed (after the client's bye). */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    private void connect(ConnectRequest request) {
        ChatController controller = new ChatController(text, clock, Theme.dark(), this::darkChosen);
        EventBridge bridge = new EventBridge(new EventBatcher<>(controller::apply, EventBatcher.DEFAULT_MAX_BATCH), clock);
        ChatConnection.open(request, bridge, settings).whenComplete((client, failure) -> SwingUtilities.invokeLater(() -> {
            if (failure != null) {
                controller.window().dispose();
                dialog.failed(explain(failure));
            } else {
                prefs.remember(request);
                dialog.dispose();
                online(controller, bridge, client);
            }
        }));
    }

    private void online(ChatController controller, EventBridge bridge, ReconnectingClient client) {
        ExecutorService sends = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("chat send").factory());
        controller.attach(frame -> sends.execute(() -> {
            if (!client.send(frame)) {
                bridge.post(new ChatEvent.NotSent(settings.outboxCapacity(), clock.instant()));
            }
        }));
        controller.window().addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                sends.execute(() -> {
                    client.quit(); // bye, after the outbox drained (bounded)
                    finished.complete(null);
                });
                sends.shutdown();
            }
        });
        controller.window().setVisible(true);
        controller.window().input.requestFocusInWindow();
    }

    private void darkChosen(boolean dark) {
        prefs.dark(dark);
        Theme.switchTo(dark);
    }

    /** The dialog's text for a failed connection: a refusal with its code, a TLS failure, or anything else. */
    private String explain(Throwable failure) {
        if (failure instanceof ConnectFailedException failed) {
            if (failed.refusal().isPresent()) {
                return text.text("error.refused", failed.refusal().get().code().name(), failed.refusal().get().message());
            }
            String message = String.valueOf(failed.getMessage());
            return text.text(message.startsWith("TLS:") ? "error.tls" : "error.connect", message);
        }
        return text.text("error.connect", String.valueOf(failure));
    }
}
