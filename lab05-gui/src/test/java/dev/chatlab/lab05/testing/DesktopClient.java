package dev.chatlab.lab05.testing;

import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab05.connect.ConnectForm;
import dev.chatlab.lab05.connect.ConnectPrefs;
import dev.chatlab.lab05.gui.ChatApp;
import dev.chatlab.lab05.i18n.Language;
import dev.chatlab.lab05.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * The desktop client under test: a {@link ChatApp} started on the EDT with a preferences node of its own, and
 * one AssertJ Swing robot that finds its windows by their names. {@link #close()} disposes every window
 * (the client says bye) and deletes the preferences node.
 */
public final class DesktopClient implements AutoCloseable {

    /** How long a window test waits for anything: generous, for a loaded machine; a pass is much faster. */
    public static final Timeout WAIT = Timeout.timeout(20, TimeUnit.SECONDS);

    public final Robot robot = BasicRobot.robotWithNewAwtHierarchy();
    public final Preferences prefs = Preferences.userRoot().node("chatlab-test/" + UUID.randomUUID());
    public final ChatApp app;

    public DesktopClient(Language language, ClientSettings settings, ConnectForm defaults) {
        app = GuiActionRunner.execute(() -> {
            ChatApp started = new ChatApp(Messages.of(language), new ConnectPrefs(prefs), settings, defaults,
                    Clock.systemDefaultZone());
            started.start();
            return started;
        });
    }

    public DialogFixture dialog() {
        return WindowFinder.findDialog("connect-dialog").withTimeout(WAIT.duration()).using(robot);
    }

    /** Fills the dialog and presses Connect; does not wait for the result. */
    public DialogFixture submit(String host, String port, String nick, String password, Path ca) {
        DialogFixture dialog = dialog();
        dialog.textBox("host").setText(host);
        dialog.textBox("port").setText(port);
        dialog.textBox("nick").setText(nick);
        dialog.textBox("password").setText(password);
        dialog.textBox("ca").setText(ca.toString());
        // doClick on the EDT: a robot's click on a dialog that has just appeared can land before the X server
        // has placed it (there is no window manager under Xvfb), and be lost.
        GuiActionRunner.execute(() -> dialog.button("connect").target().doClick());
        return dialog;
    }

    /** Connects as {@code nick} and returns the main window once it is shown. */
    public FrameFixture connect(int port, String nick, Path ca) {
        submit("localhost", Integer.toString(port), nick, "", ca);
        return WindowFinder.findFrame("chat").withTimeout(WAIT.duration()).using(robot);
    }

    /** The message view's rows, as their console lines. */
    public static List<String> rows(FrameFixture window) {
        return List.of(window.list("messages").contents());
    }

    /** Waits (bounded by {@link #WAIT}) until {@code test}, run on the EDT, is true. */
    public static void await(String what, Supplier<Boolean> test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(test::get);
            }
        }, WAIT);
    }

    /** Waits until the message view holds {@code line}. */
    public static void awaitRow(FrameFixture window, String line) {
        await("a row " + line, () -> rows(window).contains(line));
    }

    @Override
    public void close() throws BackingStoreException {
        robot.cleanUp();
        prefs.removeNode();
    }
}
