package dev.chatlab.lab05.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.AbstractListModel;

/**
 * The message view's model: every row, in order. Changes are made in batches: {@link #add} and {@link #set}
 * change the rows at once but tell the list nothing, and {@link #flush} then announces the whole batch with at
 * most two events (rows changed, rows added), so that a burst of 10,000 messages costs the JList one layout,
 * not 10,000. The list never sees a row before its announcement: {@link #getSize} counts announced rows only.
 *
 * <p>EDT only, like every Swing model.
 */
public final class MessageListModel extends AbstractListModel<ChatRow> {

    private static final long serialVersionUID = 1L;

    private final List<ChatRow> rows = new ArrayList<>();
    private int announced;
    private int changedFrom = Integer.MAX_VALUE;
    private int changedTo = -1;

    @Override
    public int getSize() {
        return announced;
    }

    @Override
    public ChatRow getElementAt(int index) {
        return rows.get(index);
    }

    /** Every row, announced or not (a copy). */
    public List<ChatRow> rows() {
        return List.copyOf(rows);
    }

    /** Appends {@code row} to the batch; returns its index. */
    public int add(ChatRow row) {
        rows.add(Objects.requireNonNull(row, "row"));
        return rows.size() - 1;
    }

    /** The row at {@code index}, announced or not. */
    public ChatRow row(int index) {
        return rows.get(index);
    }

    /** Replaces the row at {@code index} (e.g. pending becomes delivered), announced at the next flush. */
    public void set(int index, ChatRow row) {
        rows.set(index, Objects.requireNonNull(row, "row"));
        if (index < announced) {
            changedFrom = Math.min(changedFrom, index);
            changedTo = Math.max(changedTo, index);
        }
    }

    /** Tells the list what the batch changed and added: one event for each, none when nothing happened. */
    public void flush() {
        // BEGIN SOLUTION: announce a batch with one contents-changed event and one interval-added event at most
        if (changedTo >= 0) {
            int from = changedFrom;
            int to = changedTo;
            changedFrom = Integer.MAX_VALUE;
            changedTo = -1;
            fireContentsChanged(this, from, to);
        }
        if (rows.size() > announced) {
            int first = announced;
            announced = rows.size();
            fireIntervalAdded(this, first, announced - 1);
        }
        // END SOLUTION
    }
}
