package dev.chatlab.lab05.gui;

import dev.chatlab.lab05.i18n.Messages;
import dev.chatlab.lab05.model.ChatRow;
import dev.chatlab.lab05.model.MessageListModel;
import dev.chatlab.lab05.model.UserListModel;
import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The main window (name {@code chat}), laid out with MigLayout: the message view ({@code messages}) and the
 * user list ({@code users}, with its count {@code userCount}) side by side, the input ({@code input}) and its
 * button ({@code send}) below, the status bar ({@code status}, {@code queue}) at the bottom. It shows what
 * the models hold; the {@link ChatController} changes them. EDT only.
 */
public final class ChatWindow extends JFrame {

    private static final long serialVersionUID = 1L;

    final JList<ChatRow> messages;
    final JScrollPane messageScroll;
    final JList<String> users;
    final JLabel userCount = new JLabel();
    final InputBox input;
    final StatusBar status;

    ChatWindow(Messages text, MessageListModel rows, UserListModel nicks, Supplier<String> me, Consumer<String> submit,
               Clock clock, boolean dark, Consumer<Boolean> darkChosen) {
        super(text.text("app.title"));
        setName("chat");
        messages = new JList<>(rows) {
            private static final long serialVersionUID = 1L;

            @Override
            public void updateUI() {
                setUI(new AppendOnlyListUI()); // FlatLaf's, measuring only the rows added
            }

            @Override
            public boolean getScrollableTracksViewportWidth() {
                return true; // rows wrap to the view's width: never a horizontal scroll bar
            }
        };
        messages.setName("messages");
        messages.setCellRenderer(new MessageRenderer(text));
        messages.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        messageScroll = new JScrollPane(messages);
        messageScroll.setBorder(BorderFactory.createEmptyBorder());
        users = new JList<>(nicks);
        users.setName("users");
        users.setCellRenderer(new UserRenderer(text, me));
        input = new InputBox(text.text("input.hint"), submit);
        status = new StatusBar(text, clock);
        JButton send = new JButton(text.text("send"));
        send.setName("send");
        send.putClientProperty("FlatLaf.style", Theme.PRIMARY_BUTTON);
        send.addActionListener(event -> input.sendText());
        users.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                int index = users.locationToIndex(event.getPoint());
                if (event.getClickCount() == 2 && index >= 0) {
                    input.setText("/msg " + nicks.getElementAt(index) + " ");
                    input.requestFocusInWindow();
                }
            }
        });
        userCount.setName("userCount");
        setJMenuBar(menus(text, dark, darkChosen));
        layOut(text, send);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setSize(960, 640);
        setLocationRelativeTo(null);
    }

    private void layOut(Messages text, JButton send) {
        JPanel people = new JPanel(new MigLayout("fill, insets 12 0 0 0, gap 0", "[grow, fill]", "[]8[grow, fill]"));
        JLabel title = new JLabel(text.text("users.title"));
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        userCount.setForeground(UIManager.getColor("Label.disabledForeground"));
        people.add(title, "split 2, gapleft 14");
        people.add(userCount, "gapleft 6, wrap");
        JScrollPane userScroll = new JScrollPane(users);
        userScroll.setBorder(BorderFactory.createEmptyBorder());
        people.add(userScroll);
        people.setBorder(BorderFactory.createMatteBorder(0, 1, 0, 0, UIManager.getColor("Component.borderColor")));

        JScrollPane inputScroll = new JScrollPane(input);
        JPanel compose = new JPanel(new MigLayout("fillx, insets 10 14 12 14", "[grow, fill]10[]", "[top]"));
        compose.add(inputScroll, "hmin 44");
        compose.add(send, "h 36!, wmin 84");

        JPanel content = new JPanel(new MigLayout("fill, insets 0, gap 0", "[grow, fill][210!, fill]",
                "[grow, fill][][]"));
        content.add(messageScroll);
        content.add(people, "wrap");
        content.add(compose, "span 2, growx, wrap");
        content.add(status, "span 2, growx");
        setContentPane(content);
    }

    private JMenuBar menus(Messages text, boolean dark, Consumer<Boolean> darkChosen) {
        JMenu chat = new JMenu(text.text("menu.chat"));
        JMenuItem quit = new JMenuItem(text.text("menu.quit"));
        quit.setName("quit");
        quit.addActionListener(event -> dispatchEvent(new java.awt.event.WindowEvent(this,
                java.awt.event.WindowEvent.WINDOW_CLOSING)));
        chat.add(quit);
        JMenu view = new JMenu(text.text("menu.view"));
        JCheckBoxMenuItem darkItem = new JCheckBoxMenuItem(text.text("menu.dark"), dark);
        darkItem.setName("dark");
        darkItem.addActionListener(event -> darkChosen.accept(darkItem.isSelected()));
        view.add(darkItem);
        JMenuBar bar = new JMenuBar();
        bar.add(chat);
        bar.add(view);
        return bar;
    }
}
