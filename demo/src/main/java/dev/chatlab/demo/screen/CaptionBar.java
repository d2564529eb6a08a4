package dev.chatlab.demo.screen;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JWindow;
import javax.swing.SwingUtilities;

/**
 * The caption across the top of the screen: which scenario plays (its number and name) and what the viewer
 * is looking at now, in words big enough to read on a video without sound. It is a window of its own, so a
 * screen recording burns it in. A failure turns it red with the reason.
 */
public final class CaptionBar {

    private static final Color BACKGROUND = new Color(0x0b, 0x3d, 0x91);
    private static final Color FAILED = new Color(0xa3, 0x1d, 0x1d);

    private final JWindow window = new JWindow();
    private final JPanel panel = new JPanel(new BorderLayout(0, 2));
    private final JLabel title = new JLabel(" ");
    private final JLabel text = new JLabel(" ");

    private CaptionBar() {
        window.setName("caption");
        title.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        text.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
        title.setForeground(Color.WHITE);
        text.setForeground(new Color(0xe8, 0xee, 0xf8));
        panel.setBackground(BACKGROUND);
        panel.setBorder(BorderFactory.createEmptyBorder(8, 16, 8, 16));
        panel.add(title, BorderLayout.NORTH);
        panel.add(text, BorderLayout.CENTER);
        window.add(panel);
        window.setBounds(ScreenLayout.CAPTION);
        window.setAlwaysOnTop(true);
    }

    /** Opens the bar. Call from any thread but the EDT. */
    public static CaptionBar open() {
        CaptionBar bar = SwingLookup.onEdt(CaptionBar::new);
        SwingLookup.run(() -> bar.window.setVisible(true));
        return bar;
    }

    /** Shows {@code heading} (e.g. {@code 2/6  whisper: a private message}) and {@code line} under it. */
    public void show(String heading, String line) {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(line, "line");
        SwingUtilities.invokeLater(() -> {
            title.setText(heading);
            text.setText(line);
            window.toFront();
        });
    }

    /** Changes the lower line only. */
    public void say(String line) {
        Objects.requireNonNull(line, "line");
        SwingUtilities.invokeLater(() -> {
            text.setText(line);
            window.toFront();
        });
    }

    /** Turns the bar red with {@code reason}: what the recording shows last when a step failed. */
    public void failed(String reason) {
        Objects.requireNonNull(reason, "reason");
        SwingLookup.run(() -> {
            panel.setBackground(FAILED);
            title.setText("FAILED");
            text.setText(reason);
            window.toFront();
        });
    }

    /** Closes the bar. */
    public void close() {
        SwingUtilities.invokeLater(window::dispose);
    }
}
