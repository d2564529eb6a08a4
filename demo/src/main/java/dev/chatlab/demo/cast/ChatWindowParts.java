package dev.chatlab.demo.cast;

import dev.chatlab.demo.screen.SwingLookup;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.ListModel;
import javax.swing.text.JTextComponent;

/**
 * lab05's main window ({@code chat}) through the names of its component contract: what {@code messages}
 * and {@code status} show, and a text sent the way a person sends it. Every call waits for the EDT.
 */
final class ChatWindowParts {

    private ChatWindowParts() {
    }

    /** The rows of {@code messages}, as their console lines. */
    static List<String> rows(JFrame window) {
        return SwingLookup.onEdt(() -> {
            ListModel<?> model = SwingLookup.require(window, "messages", JList.class).getModel();
            List<String> rows = new ArrayList<>(model.getSize());
            for (int i = 0; i < model.getSize(); i++) {
                rows.add(String.valueOf(model.getElementAt(i)));
            }
            return rows;
        });
    }

    /** The text of {@code status}. */
    static String status(JFrame window) {
        return SwingLookup.onEdt(() -> SwingLookup.require(window, "status", JLabel.class).getText());
    }

    /** Types {@code text} into {@code input} and presses {@code send}. */
    static void send(JFrame window, String text) {
        SwingLookup.run(() -> {
            SwingLookup.require(window, "input", JTextComponent.class).setText(text);
            SwingLookup.require(window, "send", JButton.class).doClick();
        });
    }
}
