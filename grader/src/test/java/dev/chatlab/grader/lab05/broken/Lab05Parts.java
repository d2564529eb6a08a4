package dev.chatlab.grader.lab05.broken;

import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab04.client.ConnectFailedException;
import dev.chatlab.lab04.client.ReconnectingClient;
import dev.chatlab.lab05.connect.ChatConnection;
import dev.chatlab.lab05.connect.ConnectForm;
import dev.chatlab.lab05.gui.ChatController;
import dev.chatlab.lab05.gui.ConnectDialog;
import dev.chatlab.lab05.gui.Theme;
import dev.chatlab.lab05.i18n.Language;
import dev.chatlab.lab05.i18n.Messages;
import dev.chatlab.lab05.model.ChatEvent;
import dev.chatlab.lab05.model.EventBatcher;
import dev.chatlab.lab05.model.EventBridge;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import javax.swing.SwingUtilities;

/**
 * lab05's desktop client put together from its public parts, with one of two parts swappable: what reaches the
 * controller of each batch of events ({@code batches}), and whether connecting runs on the EDT. The grader's
 * lab05 tests build each broken client from it; with the identity and {@code false} it behaves as the
 * reference for every check. Only {@code client --lang L} is read from the command line (the checks fill in the
 * dialog).
 */
final class Lab05Parts {

    private Lab05Parts() {
    }

    static void run(String[] args, UnaryOperator<List<ChatEvent>> batches, boolean connectOnEdt) {
        int lang = Arrays.asList(args).indexOf("--lang");
        Messages text = Messages.of(Language.parse(lang >= 0 ? args[lang + 1] : "en"));
        ClientSettings settings = ClientSettings.contract(new SecureRandom());
        CompletableFuture<Void> finished = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            Theme.install(false);
            ConnectDialog[] dialog = new ConnectDialog[1];
            dialog[0] = new ConnectDialog(text, new ConnectForm("localhost", "7004", "", "", ""), request -> {
                ChatController controller = new ChatController(text, Clock.systemUTC(), false, dark -> { });
                EventBridge bridge = new EventBridge(new EventBatcher<>(
                        batch -> controller.apply(batches.apply(batch)), EventBatcher.DEFAULT_MAX_BATCH), Clock.systemUTC());
                CompletableFuture<ReconnectingClient> opening = ChatConnection.open(request, bridge, settings);
                if (connectOnEdt) {
                    try {
                        opening = CompletableFuture.completedFuture(opening.join()); // the defect: the EDT waits
                    } catch (CompletionException failed) {
                        opening = CompletableFuture.failedFuture(failed.getCause());
                    }
                }
                opening.whenComplete((client, failure) -> SwingUtilities.invokeLater(() -> {
                    if (failure != null) {
                        dialog[0].failed(explain(text, failure));
                        return;
                    }
                    dialog[0].dispose();
                    var sends = Executors.newSingleThreadExecutor();
                    controller.attach(frame -> sends.execute(() -> client.send(frame)));
                    controller.window().setVisible(true);
                }));
            }, () -> finished.complete(null));
            dialog[0].setVisible(true);
        });
        finished.join();
        System.exit(0);
    }

    /** The dialog's text for a failure, as the reference words it: the refusal's code, or TLS. */
    private static String explain(Messages text, Throwable failure) {
        if (failure instanceof ConnectFailedException failed && failed.refusal().isPresent()) {
            return text.text("error.refused", failed.refusal().get().code().name(), failed.refusal().get().message());
        }
        String message = String.valueOf(failure.getMessage());
        return text.text(message.startsWith("TLS:") ? "error.tls" : "error.connect", message);
    }
}
