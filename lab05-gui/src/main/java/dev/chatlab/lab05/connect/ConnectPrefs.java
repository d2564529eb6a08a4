package dev.chatlab.lab05.connect;

import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the desktop client remembers between runs, in a {@link Preferences} node: the connect dialog's host,
 * port, nick and CA file, and the theme. Never the password. The application uses
 * {@link #USER_NODE} under the user's root; tests pass a node of their own.
 */
public final class ConnectPrefs {

    /** The node of the application, under {@link Preferences#userRoot()}. */
    public static final String USER_NODE = "dev/chatlab/lab05";

    private final Preferences node;

    public ConnectPrefs(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The user's own preferences. */
    public static ConnectPrefs user() {
        return new ConnectPrefs(Preferences.userRoot().node(USER_NODE));
    }

    /** The form as last used, the fields never used taken from {@code defaults}; the password is empty. */
    public ConnectForm form(ConnectForm defaults) {
        return new ConnectForm(node.get("host", defaults.host()), node.get("port", defaults.port()),
                node.get("nick", defaults.nick()), "", node.get("ca", defaults.ca()));
    }

    /** Remembers a request that connected (all but its password). */
    public void remember(ConnectRequest request) {
        node.put("host", request.host());
        node.put("port", Integer.toString(request.port()));
        node.put("nick", request.nick());
        node.put("ca", request.ca().toString());
        sync();
    }

    public boolean dark() {
        return node.getBoolean("dark", false);
    }

    public void dark(boolean dark) {
        node.putBoolean("dark", dark);
        sync();
    }

    private void sync() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembered this time: the next run starts from the defaults, nothing else is lost.
        }
    }
}
