package dev.chatlab.lab05.model;

import dev.chatlab.lab02.protocol.ClientFrame;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The user's own says and whispers between typing and acknowledgement. A typed text appears at once as a
 * {@link ChatRow.Delivery#PENDING} row ({@link #queued}); the server's copy of it (the chat/1
 * {@code message} or {@code whisper} frame that every sender receives) gives the row its id and time, and
 * the ack ({@link #acked}) makes it delivered. The server sends the copy before the ack, and after a resume
 * a replayed copy may come first as well, so a copy is matched to the oldest pending row with the same
 * recipient and text; the row is never shown twice.
 *
 * <p>EDT only: it edits the {@link MessageListModel}, which the caller then flushes.
 */
public final class PendingMessages {

    private final MessageListModel rows;
    private final Map<String, Integer> byCid = new HashMap<>();
    private final Map<Integer, String> withoutCopy = new LinkedHashMap<>(); // row index -> cid, oldest first

    public PendingMessages(MessageListModel rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    /** The user typed {@code frame} (a say or whisper), queued as {@code cid}: a pending row appears. */
    public void queued(String cid, ClientFrame frame, String me, Instant now) {
        ChatRow.Said row = switch (frame) {
            case ClientFrame.Say say -> new ChatRow.Said(cid, 0, now, me, null, say.text(), true, ChatRow.Delivery.PENDING, null);
            case ClientFrame.Whisper whisper -> new ChatRow.Said(cid, 0, now, me, whisper.to(), whisper.text(), true,
                    ChatRow.Delivery.PENDING, null);
            default -> throw new IllegalArgumentException("Only says and whispers wait for an ack: " + frame);
        };
        int index = rows.add(row);
        byCid.put(cid, index);
        withoutCopy.put(index, cid);
    }

    /**
     * The server's copy of an own message arrived: true if it belongs to a pending row (which takes its id and
     * time), false if the caller shows it as a row of its own.
     */
    public boolean serverCopy(ChatRow.Said copy) {
        for (Iterator<Integer> it = withoutCopy.keySet().iterator(); it.hasNext(); ) {
            int index = it.next();
            ChatRow.Said row = (ChatRow.Said) rows.row(index);
            if (row.text().equals(copy.text()) && sameRecipient(row.to(), copy.to())) {
                it.remove();
                rows.set(index, row.withId(copy.id(), copy.time()));
                return true;
            }
        }
        return false;
    }

    private static boolean sameRecipient(String typed, String delivered) {
        return typed == null ? delivered == null : typed.equalsIgnoreCase(delivered); // "to" matches ignoring case
    }

    /** The ack of {@code cid}: its row turns delivered. An unknown cid (not typed here) changes nothing. */
    public void acked(String cid, long id) {
        // BEGIN SOLUTION: turn the pending row of an acknowledged cid into a delivered one
        Integer index = byCid.remove(cid);
        if (index == null) {
            return;
        }
        withoutCopy.remove(index);
        ChatRow.Said row = (ChatRow.Said) rows.row(index);
        rows.set(index, row.with(ChatRow.Delivery.DELIVERED, null).withId(id, row.time()));
        // END SOLUTION
    }

    /** The server refused {@code cid} with {@code code}: its row says so, and it will not be sent again. */
    public void failed(String cid, String code) {
        Integer index = byCid.remove(cid);
        if (index != null) {
            withoutCopy.remove(index);
            rows.set(index, ((ChatRow.Said) rows.row(index)).with(ChatRow.Delivery.FAILED, code));
        }
    }

    /** Own rows not acknowledged yet. */
    public int size() {
        return byCid.size();
    }
}
