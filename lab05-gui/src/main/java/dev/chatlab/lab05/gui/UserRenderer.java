package dev.chatlab.lab05.gui;

import dev.chatlab.lab05.i18n.Messages;
import java.awt.Component;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JLabel;
import javax.swing.JList;

/** A user in the user list: a dot in the nick's colour, the nick, and "(you)" after one's own. EDT only. */
final class UserRenderer extends DefaultListCellRenderer {

    private static final long serialVersionUID = 1L;

    private final transient Messages messages;
    private final transient Supplier<String> me;

    UserRenderer(Messages messages, Supplier<String> me) {
        this.messages = messages;
        this.me = me;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean isSelected,
                                                  boolean cellHasFocus) {
        String nick = String.valueOf(value);
        JLabel label = (JLabel) super.getListCellRendererComponent(list, nick, index, isSelected, false);
        if (nick.equalsIgnoreCase(me.get())) {
            label.setText(nick + "  (" + messages.text("row.you") + ")");
        }
        label.setIcon(StatusIcons.dot(() -> NickColors.of(nick, Theme.dark())));
        label.setIconTextGap(10);
        label.setBorder(BorderFactory.createEmptyBorder(5, 14, 5, 8));
        return label;
    }
}
