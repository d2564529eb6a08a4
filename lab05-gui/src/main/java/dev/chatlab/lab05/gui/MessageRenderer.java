package dev.chatlab.lab05.gui;

import dev.chatlab.lab05.i18n.Messages;
import dev.chatlab.lab05.model.ChatRow;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.ListCellRenderer;

/**
 * Draws one row of the message view, the Swing way: the JList hands the renderer a row, the renderer
 * configures itself and is painted like a rubber stamp, so 10,000 rows cost one component. A message shows
 * its nick in the nick's colour, its time, and its text wrapped to the list's width; an own message waiting
 * for its ack is grey with a clock; a whisper sits on a tinted band; joined and left are quiet centred lines;
 * a gap is a divider. Heights come from {@link TextWrap}'s cache. EDT only.
 */
final class MessageRenderer extends JComponent implements ListCellRenderer<ChatRow> {

    private static final long serialVersionUID = 1L;
    static final int PAD_X = 18;
    static final int PAD_Y = 7;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private static Font smallBase; // EDT only, like every renderer
    private static Font smallFont;
    private final transient Messages messages;
    private final transient TextWrap wrap = new TextWrap();
    private final transient RowPainter painter;
    private transient ChatRow row;
    private int width;

    MessageRenderer(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.painter = new RowPainter(messages);
        setOpaque(false);
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends ChatRow> list, ChatRow value, int index,
                                                  boolean isSelected, boolean cellHasFocus) {
        row = value;
        width = list.getWidth() > 0 ? list.getWidth() : 600;
        setFont(list.getFont());
        setForeground(list.getForeground());
        return this;
    }

    @Override
    public Dimension getPreferredSize() {
        // Called for every row at each change of the model: cheap lookups only (TextWrap caches the lines).
        FontMetrics text = getFontMetrics(getFont());
        FontMetrics small = getFontMetrics(small(getFont()));
        int height = switch (row) {
            case ChatRow.Said said -> PAD_Y + text.getHeight() + 2
                    + lines(said).size() * text.getHeight() + PAD_Y + (said.whisper() ? 4 : 0);
            case ChatRow.Notice notice -> small.getHeight() + 10;
            case ChatRow.Divider divider -> small.getHeight() + 18;
        };
        return new Dimension(width, height);
    }

    /** The text lines of {@code said} at the current width. */
    List<String> lines(ChatRow.Said said) {
        return wrap.lines(said.text(), getFontMetrics(getFont()), Math.max(40, width - 2 * PAD_X - 12));
    }

    /** The font of times, marks and system lines: {@code font} a little smaller (derived once per font). */
    static Font small(Font font) {
        Font cached = smallFont;
        if (cached == null || smallBase != font) {
            cached = font.deriveFont(font.getSize2D() - 1.5f);
            smallBase = font;
            smallFont = cached;
        }
        return cached;
    }

    static String time(ChatRow row) {
        return TIME.format(row.time());
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
            switch (row) {
                case ChatRow.Said said -> painter.said(g, this, said, lines(said));
                case ChatRow.Notice notice -> painter.centred(g, this, messages.text(notice.key(),
                        notice.arguments().toArray()) + "  \u00b7  " + time(notice), Theme.muted(), false);
                case ChatRow.Divider divider -> painter.centred(g, this, messages.text("line.gap"), Theme.divider(), true);
            }
        } finally {
            g.dispose();
        }
    }
}
