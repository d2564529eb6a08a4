package dev.chatlab.lab05.gui;

import dev.chatlab.lab04.client.ClientState;
import dev.chatlab.lab04.client.ReconnectingClient;
import dev.chatlab.lab05.i18n.Messages;
import java.awt.Color;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * The bottom line of the window: the connection's state on the left (label {@code status}) and the number of
 * own messages waiting for their ack on the right (label {@code queue}). Online it shows a padlock and the TLS
 * version, with the server certificate's SHA-256 fingerprint as its tooltip; reconnecting, a countdown to the
 * next attempt that a Swing {@link Timer} refreshes ten times a second (on the EDT, like every Swing timer).
 */
final class StatusBar extends JPanel {

    private static final long serialVersionUID = 1L;

    private final transient Messages messages;
    private final transient Clock clock;
    private final JLabel status = new JLabel();
    private final JLabel queue = new JLabel();
    private final Timer countdown = new Timer(100, event -> showCountdown());
    private transient Instant retryAt = Instant.EPOCH;
    private int attempt;
    private String nick = "";
    private String protocol = "TLS";
    private String fingerprint;

    StatusBar(Messages messages, Clock clock) {
        super(new MigLayout("insets 5 14 6 14, fillx", "[grow][]"));
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        status.setName("status");
        queue.setName("queue");
        status.setIconTextGap(8);
        queue.setForeground(UIManager.getColor("Label.disabledForeground"));
        setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")));
        add(status);
        add(queue);
        state(new ClientState.Connecting(), clock.instant());
    }

    /** Shows {@code state}, which the client entered at {@code at}. */
    void state(ClientState state, Instant at) {
        countdown.stop();
        switch (state) {
            case ClientState.Connecting connecting -> show(messages.text("status.connecting"), new Color(0x9AA0A6));
            case ClientState.Online online -> {
                nick = online.nick();
                online();
            }
            case ClientState.Reconnecting reconnecting -> {
                retryAt = at.plus(reconnecting.delay());
                attempt = reconnecting.attempt();
                show("", new Color(0xE0A030));
                showCountdown();
                countdown.start();
            }
            case ClientState.Closed closed -> show(closed.reason().equals(ReconnectingClient.QUIT)
                    ? messages.text("status.offline") : messages.text("status.offline.reason", closed.reason()),
                    new Color(0xD64545));
        }
    }

    /** The TLS details of the connection just made; shown once it is online. */
    void secured(String tlsProtocol, String serverFingerprint) {
        protocol = tlsProtocol;
        fingerprint = serverFingerprint;
    }

    /** {@code pending} own messages wait for their ack. */
    void queued(int pending) {
        queue.setText(pending == 0 ? "" : messages.text("status.queued", pending));
    }

    private void online() {
        status.setText(messages.text("status.online", nick, protocol));
        status.setIcon(StatusIcons.padlock(Theme::secure));
        status.setToolTipText(fingerprint == null ? null : messages.text("status.fingerprint", fingerprint));
    }

    private void show(String text, Color dot) {
        status.setText(text);
        status.setIcon(StatusIcons.dot(() -> dot));
        status.setToolTipText(null);
    }

    /** The reconnect countdown: the seconds left before the next attempt, with its number. */
    private void showCountdown() {
        // BEGIN SOLUTION: show the seconds left until the next attempt, and stop the timer at zero
        long left = Math.max(0, Duration.between(clock.instant(), retryAt).toMillis());
        status.setText(messages.text("status.reconnecting", left / 1000.0, attempt));
        if (left == 0) {
            countdown.stop();
        }
        // END SOLUTION
    }
}
