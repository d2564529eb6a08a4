package dev.chatlab.lab05.gui;

import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.event.ActionEvent;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.text.DefaultEditorKit;

/**
 * Where the user types: Enter sends, Shift+Enter starts a new line, Up in an empty box brings back the last
 * text sent. The text goes to {@code send} (the controller), and the box empties. EDT only.
 */
final class InputBox extends JTextArea {

    private static final long serialVersionUID = 1L;

    private final transient Consumer<String> send;
    private final String hint;
    private String last = "";

    InputBox(String hint, Consumer<String> send) {
        super(2, 40);
        this.send = Objects.requireNonNull(send, "send");
        setName("input");
        setLineWrap(true);
        setWrapStyleWord(true);
        this.hint = Objects.requireNonNull(hint, "hint");
        getInputMap().put(KeyStroke.getKeyStroke("ENTER"), "chat-send");
        getInputMap().put(KeyStroke.getKeyStroke("shift ENTER"), DefaultEditorKit.insertBreakAction);
        getInputMap().put(KeyStroke.getKeyStroke("UP"), "chat-recall");
        getActionMap().put("chat-send", action(this::sendText));
        Object up = getInputMap().getParent().get(KeyStroke.getKeyStroke("UP"));
        getActionMap().put("chat-recall", action(() -> {
            if (getText().isEmpty()) {
                setText(last);
            } else if (up != null && getActionMap().get(up) != null) {
                getActionMap().get(up).actionPerformed(new ActionEvent(this, ActionEvent.ACTION_PERFORMED, null));
            }
        }));
    }

    /** Sends what is typed (not a blank text), remembers it for Up, and empties the box. */
    void sendText() {
        String text = getText();
        if (text.isBlank()) {
            return;
        }
        last = text;
        setText("");
        send.accept(text);
    }

    /** The hint, in the muted colour, while the box is empty. */
    @Override
    protected void paintComponent(Graphics graphics) {
        super.paintComponent(graphics);
        if (getText().isEmpty()) {
            Graphics2D g = (Graphics2D) graphics.create();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
            g.setColor(Theme.muted());
            Insets insets = getInsets();
            g.drawString(hint, insets.left, insets.top + g.getFontMetrics().getAscent());
            g.dispose();
        }
    }

    private static AbstractAction action(Runnable run) {
        return new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
    }
}
