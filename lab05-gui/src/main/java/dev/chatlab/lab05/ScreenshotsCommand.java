package dev.chatlab.lab05;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab05.connect.ConnectForm;
import dev.chatlab.lab05.demo.DemoConversation;
import dev.chatlab.lab05.demo.WindowShots;
import dev.chatlab.lab05.display.PrivateDisplay;
import dev.chatlab.lab05.gui.ChatController;
import dev.chatlab.lab05.gui.ConnectDialog;
import dev.chatlab.lab05.gui.Theme;
import dev.chatlab.lab05.i18n.Language;
import dev.chatlab.lab05.i18n.Messages;
import dev.chatlab.lab05.model.EventBatcher;
import dev.chatlab.lab05.model.EventBridge;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code screenshots --out DIR}: the main window with a scripted conversation, light and dark, and the
 * connect dialog, painted to {@code lab05-light.png}, {@code lab05-dark.png} and {@code lab05-connect.png}.
 * Without a display it starts a private Xvfb ({@link PrivateDisplay}). Prints each file written.
 */
@Command(name = "screenshots", description = "Paints the window (light, dark) and the connect dialog to PNG files.")
final class ScreenshotsCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the PNG files go.")
    Path out;

    @Option(names = "--lang", paramLabel = "es|en", description = "The language of the texts (default en).")
    String lang = "en";

    @Override
    public Integer call() throws Exception {
        try {
            PrivateDisplay.ensure();
        } catch (IOException e) {
            throw new CommandFailedException("no display for the screenshots: " + e.getMessage(), e);
        }
        Messages text = Messages.of(Language.parse(lang));
        window(text, false, out.resolve("lab05-light.png"));
        window(text, true, out.resolve("lab05-dark.png"));
        dialog(text, out.resolve("lab05-connect.png"));
        return 0;
    }

    private static void window(Messages text, boolean dark, Path file) throws Exception {
        AtomicReference<JFrame> frame = new AtomicReference<>();
        onEdt(() -> {
            Theme.install(dark);
            ChatController controller = new ChatController(text, Clock.systemDefaultZone(), dark, choice -> { });
            EventBridge bridge = new EventBridge(new EventBatcher<>(controller::apply, EventBatcher.DEFAULT_MAX_BATCH),
                    Clock.systemDefaultZone());
            DemoConversation.events(LocalDate.now().atTime(LocalTime.of(14, 2)).atZone(ZoneId.systemDefault())
                    .toInstant()).forEach(bridge::post);
            controller.window().setSize(980, 660);
            controller.window().setVisible(true);
            frame.set(controller.window());
        });
        shoot(frame.get(), file);
    }

    private static void dialog(Messages text, Path file) throws Exception {
        AtomicReference<JDialog> dialog = new AtomicReference<>();
        onEdt(() -> {
            Theme.install(false);
            ConnectForm form = new ConnectForm("localhost", "7004", DemoConversation.ME, "",
                    "/home/ana/.chatlab/tls/ca.pem");
            dialog.set(new ConnectDialog(text, form, request -> { }, () -> { }));
            dialog.get().setVisible(true);
        });
        shoot(dialog.get(), file);
    }

    private static void shoot(java.awt.Window window, Path file) throws Exception {
        WindowShots.write((javax.swing.RootPaneContainer) window, file);
        onEdt(window::dispose);
        System.out.println(file);
    }

    private static void onEdt(Runnable task) throws InterruptedException, InvocationTargetException {
        SwingUtilities.invokeAndWait(task);
    }
}
