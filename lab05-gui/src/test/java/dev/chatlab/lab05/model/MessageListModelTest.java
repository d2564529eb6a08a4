package dev.chatlab.lab05.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ClientFrame;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.swing.event.ListDataEvent;
import javax.swing.event.ListDataListener;
import org.junit.jupiter.api.Test;

/** The message model's batches, and own messages from pending to delivered. */
class MessageListModelTest {

    private final MessageListModel model = new MessageListModel();
    private final List<String> events = new ArrayList<>();

    MessageListModelTest() {
        model.addListDataListener(new ListDataListener() {
            @Override
            public void intervalAdded(ListDataEvent e) {
                events.add("added " + e.getIndex0() + ".." + e.getIndex1());
            }

            @Override
            public void intervalRemoved(ListDataEvent e) {
                events.add("removed");
            }

            @Override
            public void contentsChanged(ListDataEvent e) {
                events.add("changed " + e.getIndex0() + ".." + e.getIndex1());
            }
        });
    }

    private static ChatRow said(long id, String from, String text) {
        return new ChatRow.Said(null, id, Instant.EPOCH, from, null, text, false, ChatRow.Delivery.DELIVERED, null);
    }

    @Test
    void a_batch_of_a_thousand_rows_is_announced_with_one_event_and_hidden_until_then() {
        for (int i = 1; i <= 1000; i++) {
            model.add(said(i, "bob", "m" + i));
        }
        assertThat(model.getSize()).isZero();
        model.flush();
        assertThat(events).containsExactly("added 0..999");
        assertThat(model.getSize()).isEqualTo(1000);
        model.flush();
        assertThat(events).hasSize(1);
    }

    @Test
    void changed_rows_and_added_rows_of_one_batch_make_two_events() {
        model.add(said(1, "bob", "a"));
        model.add(said(2, "bob", "b"));
        model.flush();
        model.set(0, said(1, "bob", "a2"));
        model.set(1, said(2, "bob", "b2"));
        model.add(said(3, "bob", "c"));
        model.flush();
        assertThat(events).containsExactly("added 0..1", "changed 0..1", "added 2..2");
    }

    @Test
    void an_own_message_is_pending_takes_its_id_from_the_servers_copy_and_is_delivered_by_its_ack() {
        PendingMessages pending = new PendingMessages(model);
        pending.queued("1", new ClientFrame.Say("hi"), "ana", Instant.EPOCH);
        pending.queued("2", new ClientFrame.Whisper("Bob", "psst"), "ana", Instant.EPOCH);
        model.flush();
        assertThat(model.rows()).extracting(ChatRow::line).containsExactly("<ana> hi [pending]", "-> *Bob* psst [pending]");

        ChatRow.Said copy = new ChatRow.Said(null, 7, Instant.EPOCH, "ana", "bob", "psst", true, ChatRow.Delivery.DELIVERED, null);
        assertThat(pending.serverCopy(copy)).isTrue();
        pending.acked("2", 7);
        pending.failed("1", "RATE_LIMITED");
        model.flush();
        assertThat(model.rows()).extracting(ChatRow::line).containsExactly("<ana> hi [failed: RATE_LIMITED]", "-> *Bob* psst");
        assertThat(((ChatRow.Said) model.row(1)).id()).isEqualTo(7);
        assertThat(pending.size()).isZero();
        assertThat(pending.serverCopy(copy)).as("a copy without a pending row is a row of its own").isFalse();
    }
}
