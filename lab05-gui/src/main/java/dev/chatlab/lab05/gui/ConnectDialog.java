package dev.chatlab.lab05.gui;

import dev.chatlab.lab05.connect.ConnectForm;
import dev.chatlab.lab05.connect.ConnectRequest;
import dev.chatlab.lab05.i18n.Messages;
import java.awt.Font;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The connect dialog (window name {@code connect-dialog}): host, port, nick, password and CA file, each
 * checked when Connect is pressed with its message right under it ({@code host.error}, ...), and the
 * server's or the TLS layer's answer in {@code error}. It only collects and checks: connecting is the
 * caller's, off the EDT, which then calls {@link #failed} or closes the dialog. EDT only.
 */
public final class ConnectDialog extends JDialog {

    private static final long serialVersionUID = 1L;

    private final transient Messages messages;
    private final transient Consumer<ConnectRequest> connect;
    private final JTextField host = field("host", 18);
    private final JTextField port = field("port", 6);
    private final JTextField nick = field("nick", 18);
    private final JPasswordField password = new JPasswordField(18);
    private final JTextField ca = field("ca", 18);
    private final JButton browse;
    private final JButton connectButton;
    private final JTextArea error = new JTextArea(0, 30);
    private final Map<ConnectForm.Field, JLabel> problems = new EnumMap<>(ConnectForm.Field.class);

    public ConnectDialog(Messages messages, ConnectForm initial, Consumer<ConnectRequest> connect, Runnable cancel) {
        super((java.awt.Frame) null, messages.text("connect.title"), false);
        this.messages = Objects.requireNonNull(messages, "messages");
        this.connect = Objects.requireNonNull(connect, "connect");
        setName("connect-dialog");
        password.setName("password");
        password.putClientProperty("JTextField.placeholderText", messages.text("connect.password.hint"));
        browse = new JButton(messages.text("connect.ca.browse"));
        browse.addActionListener(event -> chooseCa());
        connectButton = new JButton(messages.text("connect.button"));
        connectButton.setName("connect");
        connectButton.putClientProperty("FlatLaf.style", Theme.PRIMARY_BUTTON);
        connectButton.addActionListener(event -> submit());
        error.setName("error");
        error.setEditable(false);
        error.setFocusable(false);
        error.setLineWrap(true);
        error.setWrapStyleWord(true);
        error.setOpaque(false);
        error.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        layOut();
        fill(initial);
        getRootPane().setDefaultButton(connectButton);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                cancel.run();
            }
        });
        pack();
        setLocationRelativeTo(null);
    }

    private void layOut() {
        setLayout(new MigLayout("wrap 2, insets 22 26 20 26, fillx", "[right]14[grow, fill, 300:]", "[][]18[]0[]"));
        JLabel heading = new JLabel(messages.text("connect.heading"));
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() + 7f));
        JLabel subheading = new JLabel(messages.text("connect.subheading"));
        subheading.setForeground(UIManager.getColor("Label.disabledForeground"));
        add(heading, "span 2, left");
        add(subheading, "span 2, left");
        row("connect.host", host, ConnectForm.Field.HOST);
        row("connect.port", port, ConnectForm.Field.PORT);
        row("connect.nick", nick, ConnectForm.Field.NICK);
        row("connect.password", password, null);
        add(new JLabel(messages.text("connect.ca")));
        add(ca, "split 2, growx");
        add(browse);
        problem(ConnectForm.Field.CA);
        add(error, "span 2, growx, hmin 0");
        add(connectButton, "span 2, right, gaptop 8, wmin 120");
    }

    private void row(String label, JComponent field, ConnectForm.Field checked) {
        add(new JLabel(messages.text(label)));
        add(field, field == port ? "growx 0, w 90!" : "growx");
        problem(checked);
    }

    /** The line under a field for its problem; {@code field} null for the password, which is never wrong. */
    private void problem(ConnectForm.Field field) {
        JLabel label = new JLabel(" ");
        if (field != null) {
            label.setName(field.name().toLowerCase(java.util.Locale.ROOT) + ".error");
            problems.put(field, label);
        }
        label.setFont(MessageRenderer.small(label.getFont()));
        label.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));
        add(label, "skip 1, gaptop 2");
    }

    private static JTextField field(String name, int columns) {
        JTextField field = new JTextField(columns);
        field.setName(name);
        return field;
    }

    private void fill(ConnectForm form) {
        host.setText(form.host());
        port.setText(form.port());
        nick.setText(form.nick());
        password.setText(form.password());
        ca.setText(form.ca());
    }

    /** Checks the form; shows each problem under its field, or hands the request to the caller. */
    private void submit() {
        ConnectForm form = new ConnectForm(host.getText(), port.getText(), nick.getText(),
                new String(password.getPassword()), ca.getText());
        Map<ConnectForm.Field, ConnectForm.Problem> found = form.problems();
        problems.forEach((field, label) -> {
            ConnectForm.Problem problem = found.get(field);
            label.setText(problem == null ? " " : messages.text(problem.key(), problem.arguments()));
        });
        error.setText("");
        if (found.isEmpty()) {
            busy(true);
            connect.accept(form.request());
        }
    }

    /** The connection failed: {@code message} is shown, and the form can be sent again. */
    public void failed(String message) {
        busy(false);
        error.setText(message);
        pack();
    }

    private void busy(boolean busy) {
        for (JComponent field : new JComponent[] {host, port, nick, password, ca, browse, connectButton}) {
            field.setEnabled(!busy);
        }
        connectButton.setText(messages.text(busy ? "connect.connecting" : "connect.button"));
    }

    private void chooseCa() {
        JFileChooser chooser = new JFileChooser(ca.getText().isBlank() ? null : new java.io.File(ca.getText()).getParentFile());
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            ca.setText(chooser.getSelectedFile().getPath());
        }
    }
}
