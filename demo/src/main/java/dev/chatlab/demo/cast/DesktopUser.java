package dev.chatlab.demo.cast;

import dev.chatlab.demo.screen.NameTag;
import dev.chatlab.demo.screen.SwingLookup;
import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab05.connect.ConnectForm;
import dev.chatlab.lab05.connect.ConnectPrefs;
import dev.chatlab.lab05.gui.ChatApp;
import dev.chatlab.lab05.i18n.Language;
import dev.chatlab.lab05.i18n.Messages;
import java.awt.Rectangle;
import java.awt.Window;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import java.util.regex.Pattern;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;

/**
 * A person at lab05's desktop client, in this JVM: lab05's own {@link ChatApp}, driven through the component
 * names of its contract the way a person would, by filling the connect dialog and pressing Connect, typing
 * into {@code input} and pressing Send; and read back from {@code messages}, {@code users} and {@code status}.
 */
public final class DesktopUser {

    private final String nick;
    private final JDialog dialog;
    private JFrame window;
    private NameTag tag;

    private DesktopUser(String nick, JDialog dialog) {
        this.nick = nick;
        this.dialog = dialog;
    }

    /**
     * Opens the client's connect dialog at {@code bounds}, filled with {@code host}, {@code port} and {@code ca}
     * (nick and password are typed in by {@link #typeInto}); the dialog remembers nothing outside {@code prefs}.
     */
    public static DesktopUser open(String nick, int port, String ca, Preferences prefs, Rectangle bounds)
            throws StepFailedException {
        List<Window> before = SwingLookup.onEdt(() -> List.of(Window.getWindows()));
        ChatApp app = new ChatApp(Messages.of(Language.EN), new ConnectPrefs(prefs), ClientSettings.contract(new SecureRandom()),
                new ConnectForm("127.0.0.1", Integer.toString(port), "", "", ca), Clock.systemDefaultZone());
        SwingUtilities.invokeLater(app::start);
        Predicate<Window> fresh = w -> "connect-dialog".equals(w.getName()) && !before.contains(w);
        Await.until(() -> SwingLookup.onEdt(() -> SwingLookup.window(fresh).isPresent()), nick + "'s connect dialog");
        JDialog dialog = (JDialog) SwingLookup.onEdt(() -> SwingLookup.window(fresh).orElseThrow());
        SwingLookup.run(() -> dialog.setLocation(bounds.x + Math.max(0, (bounds.width - dialog.getWidth()) / 2), bounds.y + 40));
        return new DesktopUser(nick, dialog);
    }

    /** Types {@code text} into the dialog's field {@code field}, a character at a time as a person would. */
    public void typeInto(String field, String text, Runnable betweenKeys) {
        JTextComponent box = SwingLookup.onEdt(() -> SwingLookup.require(dialog, field, JTextComponent.class));
        for (int i = 1; i <= text.length(); i++) {
            String shown = text.substring(0, i);
            SwingLookup.run(() -> box.setText(shown));
            betweenKeys.run();
        }
    }

    /** Presses Connect. */
    public void pressConnect() {
        SwingLookup.run(() -> SwingLookup.require(dialog, "connect", JButton.class).doClick());
    }

    /** Waits until the dialog shows why connecting failed; returns that text. */
    public String awaitRefusal() throws StepFailedException {
        Await.until(() -> !dialogError().isBlank() || window().isPresent(), nick + "'s dialog to show an answer");
        if (window().isPresent()) {
            throw new StepFailedException(nick + " was let in, but should have been refused");
        }
        return dialogError();
    }

    /**
     * Waits until the main window is open, then moves it into {@code slot} under a tag that says {@code who}.
     */
    public void awaitOnline(Rectangle slot, String who) throws StepFailedException {
        Await.until(() -> window().isPresent() || !dialogError().isBlank(), nick + "'s chat window");
        if (window().isEmpty()) {
            throw new StepFailedException(nick + " could not connect: " + dialogError());
        }
        window = window().orElseThrow();
        tag = NameTag.open(who, slot);
        SwingLookup.run(() -> window.setBounds(NameTag.below(slot)));
    }

    private String dialogError() {
        return SwingLookup.onEdt(() -> SwingLookup.require(dialog, "error", JTextComponent.class).getText());
    }

    private Optional<JFrame> window() {
        return SwingLookup.onEdt(() -> SwingLookup.window(w -> "chat".equals(w.getName()) && w instanceof JFrame f
                && f.getTitle().endsWith("— " + nick)).map(JFrame.class::cast));
    }

    /** Types {@code text} into {@code input} and presses Send. */
    public void send(String text) {
        ChatWindowParts.send(window, Objects.requireNonNull(text, "text"));
    }

    /** The rows of {@code messages}, as their console lines. */
    public List<String> rows() {
        return ChatWindowParts.rows(window);
    }

    /** Waits until {@code messages} has a row that is exactly {@code row}. */
    public void awaitRow(String row) throws StepFailedException {
        Await.until(() -> rows().contains(row), "'" + row + "' in " + nick + "'s window");
    }

    /** How many rows are exactly {@code row}. */
    public long count(String row) {
        return rows().stream().filter(row::equals).count();
    }

    /** The text of {@code status}. */
    public String status() {
        return ChatWindowParts.status(window);
    }

    /** Waits until {@code status} matches {@code regex} (found anywhere in it); returns the text. */
    public String awaitStatus(String regex) throws StepFailedException {
        Pattern pattern = Pattern.compile(regex);
        Await.until(() -> pattern.matcher(status()).find(), nick + "'s status to show /" + regex + "/");
        return status();
    }

    /** Closes the window or the dialog (the client says bye). */
    public void close() {
        SwingUtilities.invokeLater(() -> {
            dialog.dispose();
            if (window != null) {
                window.dispose();
                tag.close();
            }
        });
    }
}
