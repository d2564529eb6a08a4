package dev.chatlab.lab05.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractListModel;

/**
 * The user list's model: nicks sorted as chat/1 sorts them (by the lower-cased nick, {@link Locale#ROOT}).
 * Replaced whole by welcome, resumed and users; kept current by joined and left. EDT only.
 */
public final class UserListModel extends AbstractListModel<String> {

    private static final long serialVersionUID = 1L;

    /** chat/1's order: ignoring case. */
    static final Comparator<String> ORDER = Comparator.comparing(nick -> nick.toLowerCase(Locale.ROOT));

    private final List<String> nicks = new ArrayList<>();

    @Override
    public int getSize() {
        return nicks.size();
    }

    @Override
    public String getElementAt(int index) {
        return nicks.get(index);
    }

    /** The nicks now, in order. */
    public List<String> nicks() {
        return List.copyOf(nicks);
    }

    /** The whole list, as a welcome, resumed or users frame gives it. */
    public void setAll(List<String> users) {
        if (nicks.equals(users)) {
            return;
        }
        int before = nicks.size();
        nicks.clear();
        if (before > 0) {
            fireIntervalRemoved(this, 0, before - 1);
        }
        nicks.addAll(users);
        nicks.sort(ORDER);
        if (!nicks.isEmpty()) {
            fireIntervalAdded(this, 0, nicks.size() - 1);
        }
    }

    /** {@code nick} joined: inserted in order (once). */
    public void add(String nick) {
        if (nicks.stream().anyMatch(nick::equalsIgnoreCase)) {
            return;
        }
        int index = 0;
        while (index < nicks.size() && ORDER.compare(nicks.get(index), nick) < 0) {
            index++;
        }
        nicks.add(index, nick);
        fireIntervalAdded(this, index, index);
    }

    /** {@code nick} left. */
    public void remove(String nick) {
        for (int i = 0; i < nicks.size(); i++) {
            if (nicks.get(i).equalsIgnoreCase(nick)) {
                nicks.remove(i);
                fireIntervalRemoved(this, i, i);
                return;
            }
        }
    }
}
