package dev.chatlab.lab05.gui;

import com.formdev.flatlaf.FlatClientProperties;
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
    private String last = "";

    InputBox(String hint, Consumer<String> send) {
        super(2, 40);
        this.send = Objects.requireNonNull(send, "send");
        setName("input");
        setLineWrap(true);
        setWrapStyleWord(true);
        putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, hint);
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
