package dev.chatlab.lab05.gui;

import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab05.model.ChatEvent;
import dev.chatlab.lab05.model.ChatRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the client reports into rows of the message view, each with its console line (the contract's
 * text) and the key of its localized text.
 */
final class RowFactory {

    /** The row of a shown frame; null for a frame that is no row (pong). */
    ChatRow row(ChatEvent.Shown shown, String me) {
        Instant at = shown.at();
        return switch (shown.frame()) {
            case ServerFrame.Message m -> new ChatRow.Said(null, m.id(), m.ts(), m.from(), null, m.text(),
                    m.from().equalsIgnoreCase(me), ChatRow.Delivery.DELIVERED, null);
            case ServerFrame.Whisper w -> new ChatRow.Said(null, w.id(), w.ts(), w.from(), w.to(), w.text(),
                    w.from().equalsIgnoreCase(me), ChatRow.Delivery.DELIVERED, null);
            case ServerFrame.Joined j -> notice(at, "* " + j.nick() + " joined", "line.joined", j.nick());
            case ServerFrame.Left l -> notice(at, "* " + l.nick() + " left (" + l.reason().wireName() + ")",
                    "line.left", l.nick(), l.reason().wireName());
            case ServerFrame.Users u -> notice(at, "* users: " + String.join(", ", u.users()), "line.users",
                    String.join(", ", u.users()));
            case ServerFrame.Error e -> notice(at, "! " + e.code() + ": " + e.message(), "line.error",
                    e.code().name(), e.message());
            case ServerFrame.Welcome w -> null; // the client reports it as connected
            case ServerFrame.Pong p -> null;
        };
    }

    /** The lines of a reconnection: how it went, then a divider when messages were missed. */
    List<ChatRow> reconnected(ChatEvent.Reconnected event) {
        var how = event.reconnection();
        List<ChatRow> rows = new ArrayList<>();
        if (how.resumed()) {
            rows.add(notice(event.at(), "* reconnected (resumed; " + how.missed() + " missed message"
                    + (how.missed() == 1 ? "" : "s") + ")", "line.resumed", how.missed()));
        } else {
            rows.add(notice(event.at(), "* reconnected (session expired; joined again)", "line.rejoined"));
        }
        if (how.gap()) {
            rows.add(new ChatRow.Divider(event.at()));
        }
        return rows;
    }

    ChatRow notSent(ChatEvent.NotSent event) {
        return notice(event.at(), "* not sent: the outbox is full (" + event.waiting() + " messages waiting)",
                "line.not.sent", event.waiting());
    }

    ChatRow usage(Instant at) {
        return notice(at, "usage: /msg NICK TEXT", "line.usage");
    }

    private static ChatRow.Notice notice(Instant at, String line, String key, Object... arguments) {
        return new ChatRow.Notice(at, line, key, List.of(arguments));
    }
}
