package dev.chatlab.demo.screen;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * A plain terminal look-alike for what has no window of its own: a console client's or a server's lines, an
 * eavesdropper's capture. Light text on a dark background in a monospaced font: the command that was run
 * first, each line typed in after {@code > }, each line the process printed as it is. The title is also drawn
 * inside the window, since a bare X display (Xvfb, no window manager) draws no title bars. Lines are appended
 * from any thread (they reach the window through the EDT) and the view follows the last one.
 */
public final class TerminalWindow {

    private static final Color BACKGROUND = new Color(0x1e, 0x22, 0x27);
    private static final Color FOREGROUND = new Color(0xd8, 0xde, 0xe4);
    private static final int MAX_CHARS = 200_000;

    private final JFrame frame;
    private final JTextArea text = new JTextArea();

    private TerminalWindow(String title, Rectangle bounds, int fontSize) {
        frame = new JFrame(title);
        frame.setName("terminal");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, fontSize));
        text.setBackground(BACKGROUND);
        text.setForeground(FOREGROUND);
        text.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JScrollPane scroll = new JScrollPane(text);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        frame.add(NameTag.label(title), BorderLayout.NORTH);
        frame.add(scroll, BorderLayout.CENTER);
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        frame.setBounds(bounds);
    }

    /** Opens a terminal titled {@code title} at {@code bounds}. Call from any thread but the EDT. */
    public static TerminalWindow open(String title, Rectangle bounds) {
        return open(title, bounds, 13);
    }

    /** {@link #open} with a font of {@code fontSize} points (a capture's hex needs a smaller one). */
    public static TerminalWindow open(String title, Rectangle bounds, int fontSize) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bounds, "bounds");
        TerminalWindow window = SwingLookup.onEdt(() -> new TerminalWindow(title, bounds, fontSize));
        SwingLookup.run(() -> {
            window.frame.setVisible(true);
            window.frame.toFront();
        });
        return window;
    }

    /** Appends {@code line}. Any thread. */
    public void print(String line) {
        String copy = Objects.requireNonNull(line, "line");
        SwingUtilities.invokeLater(() -> {
            text.append(copy + "\n");
            if (text.getDocument().getLength() > MAX_CHARS) {
                text.replaceRange("", 0, text.getDocument().getLength() - MAX_CHARS / 2);
            }
            text.setCaretPosition(text.getDocument().getLength());
        });
    }

    /** Shows a line typed into the process, as a terminal echoes it. */
    public void typed(String line) {
        print("> " + line);
    }

    /** Replaces everything shown by {@code content}. Any thread. */
    public void show(String content) {
        String copy = Objects.requireNonNull(content, "content");
        SwingUtilities.invokeLater(() -> {
            text.setText(copy);
            text.setCaretPosition(0);
        });
    }

    /** Brings the window in front of the others. */
    public void toFront() {
        SwingUtilities.invokeLater(frame::toFront);
    }

    /** Closes the window. Any thread. */
    public void close() {
        SwingUtilities.invokeLater(frame::dispose);
    }
}
