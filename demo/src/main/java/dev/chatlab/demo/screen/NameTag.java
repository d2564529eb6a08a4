package dev.chatlab.demo.screen;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JWindow;
import javax.swing.SwingUtilities;

/**
 * A strip above a window that says whose it is ("ana — desktop client, straight to the server"): on a bare
 * X display there is no window manager to draw titles, and a viewer must still tell the windows apart.
 */
public final class NameTag {

    /** The height a tag takes above its window. */
    public static final int HEIGHT = 26;
    private static final Color BACKGROUND = new Color(0x3a, 0x44, 0x50);

    private final JWindow window = new JWindow();

    private NameTag(String text, Rectangle bounds) {
        window.setName("tag");
        window.add(label(text));
        window.setBounds(bounds.x, bounds.y, bounds.width, HEIGHT);
    }

    /** A label that looks like a title bar: white bold text on slate. EDT only. */
    static JLabel label(String text) {
        JLabel label = new JLabel(text);
        label.setOpaque(true);
        label.setBackground(BACKGROUND);
        label.setForeground(Color.WHITE);
        label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        label.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        return label;
    }

    /** Shows {@code text} in a strip along the top edge of {@code slot}. Call from any thread but the EDT. */
    public static NameTag open(String text, Rectangle slot) {
        Objects.requireNonNull(text, "text");
        NameTag tag = SwingLookup.onEdt(() -> new NameTag(text, slot));
        SwingLookup.run(() -> tag.window.setVisible(true));
        return tag;
    }

    /** What is left of {@code slot} under its tag: where the tagged window goes. */
    public static Rectangle below(Rectangle slot) {
        return new Rectangle(slot.x, slot.y + HEIGHT, slot.width, slot.height - HEIGHT);
    }

    /** Removes the tag. */
    public void close() {
        SwingUtilities.invokeLater(window::dispose);
    }
}
