package dev.chatlab.lab03.tls;

import java.util.Locale;

/** Whether a TLS server asks its clients for a certificate (mutual TLS), as {@code --client-auth} says. */
public enum ClientAuth {
    /** The server does not ask: anyone may connect, accounts decide who may chat. */
    NONE,
    /** The server asks, and accepts a client that has no certificate; a bad certificate still fails. */
    WANT,
    /** The server asks, and refuses a client without a certificate signed by the client CA. */
    NEED;

    /**
     * Reads {@code none}, {@code want} or {@code need}, in any case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ClientAuth parse(String value) {
        for (ClientAuth mode : values()) {
            if (mode.name().equalsIgnoreCase(value.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("client auth must be none, want or need: " + value);
    }

    /** The option value, lower case. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
