package dev.chatlab.lab05.gui;

import dev.chatlab.lab02.client.ConsoleInput;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab05.i18n.Messages;
import dev.chatlab.lab05.model.ChatEvent;
import dev.chatlab.lab05.model.ChatRow;
import dev.chatlab.lab05.model.MessageListModel;
import dev.chatlab.lab05.model.PendingMessages;
import dev.chatlab.lab05.model.UserListModel;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.JScrollBar;

/**
 * The C of Swing's MVC for the chat: it applies each batch of {@link ChatEvent}s to the models (rows, pending
 * messages, users) and the status bar, then flushes the message model once ({@link RowFactory} turns frames
 * into rows), keeps the view at the bottom when it was there, and counts unread messages in the title while
 * the window has no focus. Typed text goes the other way, to {@code sender}. EDT only.
 */
public final class ChatController {

    private final Messages text;
    private final Clock clock;
    private final MessageListModel rows = new MessageListModel();
    private final UserListModel nicks = new UserListModel();
    private final PendingMessages pending = new PendingMessages(rows);
    private final ChatWindow window;
    private final RowFactory factory = new RowFactory();
    private Consumer<ClientFrame> sender = frame -> { };
    private String me = "";
    private int unread;

    public ChatController(Messages text, Clock clock, boolean dark, Consumer<Boolean> darkChosen) {
        this.text = Objects.requireNonNull(text, "text");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = new ChatWindow(text, rows, nicks, () -> me, this::submit, clock, dark, darkChosen);
        window.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                unread = 0;
                title();
            }
        });
    }

    /** Where typed frames go from now on (the client, through a thread of its own). */
    public void attach(Consumer<ClientFrame> frames) {
        this.sender = Objects.requireNonNull(frames, "frames");
    }

    public ChatWindow window() {
        return window;
    }

    public MessageListModel rows() {
        return rows;
    }

    /** Applies one batch from the {@link dev.chatlab.lab05.model.EventBatcher}: one model flush for all of it. */
    public void apply(List<ChatEvent> batch) {
        JScrollBar bar = window.messageScroll.getVerticalScrollBar();
        boolean follow = bar.getValue() + bar.getVisibleAmount() >= bar.getMaximum() - 24;
        int before = rows.getSize();
        for (ChatEvent event : batch) {
            apply(event);
        }
        rows.flush();
        String count = text.text("users.count", nicks.getSize());
        if (!count.equals(window.userCount.getText())) {
            window.userCount.setText(count);
        }
        int after = rows.getSize();
        if (after > before && (follow || ownLast())) {
            window.messages.ensureIndexIsVisible(after - 1);
        }
        title();
    }

    private void apply(ChatEvent event) {
        switch (event) {
            case ChatEvent.StateChanged changed -> {
                window.status.state(changed.state(), changed.at());
                if (changed.state() instanceof dev.chatlab.lab04.client.ClientState.Online online) {
                    nicks.setAll(online.users());
                }
            }
            case ChatEvent.Connected connected -> {
                me = connected.nick();
                nicks.setAll(connected.users());
            }
            case ChatEvent.Reconnected reconnected -> factory.reconnected(reconnected).forEach(rows::add);
            case ChatEvent.Shown shown -> shown(shown);
            case ChatEvent.Queued queued -> {
                if (!(queued.frame() instanceof ClientFrame.Who)) {
                    pending.queued(queued.cid(), queued.frame(), me, queued.at());
                }
            }
            case ChatEvent.Acked acked -> pending.acked(acked.cid(), acked.id());
            case ChatEvent.Failed failed -> pending.failed(failed.cid(), failed.error().code().name());
            case ChatEvent.QueueChanged changed -> window.status.queued(changed.pending());
            case ChatEvent.NotSent notSent -> rows.add(factory.notSent(notSent));
            case ChatEvent.Secured secured -> window.status.secured(secured.protocol(), secured.fingerprint());
        }
    }

    private void shown(ChatEvent.Shown shown) {
        switch (shown.frame()) {
            case ServerFrame.Joined joined -> nicks.add(joined.nick());
            case ServerFrame.Left left -> nicks.remove(left.nick());
            case ServerFrame.Users users -> nicks.setAll(users.users());
            default -> {
                // messages, whispers and errors change no list but the rows
            }
        }
        ChatRow row = factory.row(shown, me);
        if (row instanceof ChatRow.Said said && said.own() && pending.serverCopy(said)) {
            return; // the pending row took its id
        }
        if (row != null) {
            rows.add(row);
            if (row instanceof ChatRow.Said said && !said.own() && !window.isFocused()) {
                unread++;
            }
        }
    }

    /** What the user typed: a frame for the client, or the usage line for a {@code /msg} without text. */
    void submit(String typed) {
        ClientFrame frame = ConsoleInput.toFrame(typed);
        if (frame == null) {
            rows.add(factory.usage(clock.instant()));
            apply(List.of());
        } else {
            sender.accept(frame);
        }
    }

    private boolean ownLast() {
        return rows.getSize() > 0 && rows.getElementAt(rows.getSize() - 1) instanceof ChatRow.Said said && said.own();
    }

    private void title() {
        String base = me.isEmpty() ? text.text("app.title") : text.text("app.title.nick", me);
        String title = unread == 0 || me.isEmpty() ? base : text.text("app.title.unread", unread, me);
        if (!title.equals(window.getTitle())) {
            window.setTitle(title); // a round trip to the X server: only when it changes
        }
    }
}
