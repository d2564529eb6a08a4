package dev.chatlab.lab05.connect;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A checked request to join a chat: where, as whom, and which CA to trust.
 *
 * @param password null for a server without accounts
 */
public record ConnectRequest(String host, int port, String nick, String password, Path ca) {

    /** lab04's default port, which the dialog proposes. */
    public static final int DEFAULT_PORT = 7004;

    public ConnectRequest {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(ca, "ca");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
    }

    @Override
    public String toString() { // never the password
        return nick + "@" + host + ":" + port + " (CA " + ca + ")";
    }
}
