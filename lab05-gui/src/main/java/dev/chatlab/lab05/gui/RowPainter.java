package dev.chatlab.lab05.gui;

import dev.chatlab.lab05.i18n.Messages;
import dev.chatlab.lab05.model.ChatRow;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import javax.swing.Icon;
import javax.swing.JComponent;

/** The drawing of {@link MessageRenderer}'s rows, apart from their measuring. EDT only. */
final class RowPainter {

    private static final Icon CLOCK = StatusIcons.clock(Theme::muted);
    private final Messages messages;

    RowPainter(Messages messages) {
        this.messages = messages;
    }

    /** A message or whisper: the head line (nick, time, marks), then the wrapped text. */
    void said(Graphics2D g, JComponent c, ChatRow.Said said, List<String> lines) {
        Font font = c.getFont();
        Font bold = font.deriveFont(Font.BOLD);
        Font small = MessageRenderer.small(font);
        FontMetrics text = c.getFontMetrics(font);
        int x = MessageRenderer.PAD_X;
        int y = MessageRenderer.PAD_Y;
        if (said.whisper()) {
            g.setColor(Theme.whisperBackground());
            g.fill(new RoundRectangle2D.Double(8, 2, c.getWidth() - 16, c.getHeight() - 4, 12, 12));
            g.setColor(Theme.whisperAccent());
            g.fillRoundRect(8, 2, 3, c.getHeight() - 4, 3, 3);
            y += 2;
        }
        int baseline = y + text.getAscent();
        g.setFont(bold);
        g.setColor(NickColors.of(said.from(), Theme.dark()));
        g.drawString(said.from(), x, baseline);
        x += c.getFontMetrics(bold).stringWidth(said.from()) + 8;
        x = mark(g, c, small, MessageRenderer.time(said), Theme.muted(), x, baseline);
        if (said.whisper()) {
            String label = said.own() ? messages.text("row.whisper.to", said.to()) : messages.text("row.whisper.from");
            x = mark(g, c, small.deriveFont(Font.ITALIC), label, Theme.whisperAccent(), x, baseline);
        }
        if (said.delivery() == ChatRow.Delivery.PENDING) {
            CLOCK.paintIcon(c, g, x, baseline - CLOCK.getIconHeight() + 1);
            mark(g, c, small, messages.text("row.pending"), Theme.muted(), x + CLOCK.getIconWidth() + 4, baseline);
        } else if (said.delivery() == ChatRow.Delivery.FAILED) {
            mark(g, c, small, messages.text("row.failed", said.failure()), new Color(0xD64545), x, baseline);
        }
        g.setFont(font);
        g.setColor(said.delivery() == ChatRow.Delivery.DELIVERED ? c.getForeground() : Theme.muted());
        int lineY = baseline + text.getHeight() + 2;
        for (String line : lines) {
            g.drawString(line, MessageRenderer.PAD_X, lineY);
            lineY += text.getHeight();
        }
    }

    /** Draws {@code label} at {@code x}; returns where the next mark starts. */
    private static int mark(Graphics2D g, JComponent c, Font font, String label, Color colour, int x, int baseline) {
        g.setFont(font);
        g.setColor(colour);
        g.drawString(label, x, baseline);
        return x + c.getFontMetrics(font).stringWidth(label) + 10;
    }

    /** A quiet centred line; {@code rule} draws a line on each side (the gap divider). */
    void centred(Graphics2D g, JComponent c, String label, Color colour, boolean rule) {
        Font small = MessageRenderer.small(c.getFont());
        FontMetrics metrics = c.getFontMetrics(small);
        int width = metrics.stringWidth(label);
        int x = (c.getWidth() - width) / 2;
        int baseline = (c.getHeight() - metrics.getHeight()) / 2 + metrics.getAscent();
        g.setFont(small);
        g.setColor(colour);
        g.drawString(label, x, baseline);
        if (rule) {
            int middle = c.getHeight() / 2;
            g.drawLine(MessageRenderer.PAD_X, middle, x - 12, middle);
            g.drawLine(x + width + 12, middle, c.getWidth() - MessageRenderer.PAD_X, middle);
        }
    }
}
