package dev.chatlab.lab05.connect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the connect dialog holds, as typed, and its checks: each field that is wrong gets the key of its
 * message (in {@link dev.chatlab.lab05.i18n.Messages}) and its arguments, shown next to it. The nick follows
 * chat/1's rule, so that a nick the server would refuse is caught before connecting.
 */
public record ConnectForm(String host, String port, String nick, String password, String ca) {

    /** The fields that are checked. */
    public enum Field { HOST, PORT, NICK, CA }

    /** A field's message: a key of the bundle, and its arguments. */
    public record Problem(String key, Object... arguments) {
    }

    private static final Pattern NICK = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    public ConnectForm {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(nick, "nick");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(ca, "ca");
    }

    /** The problems of each wrong field; empty when the form can be sent. Reads the file system (the CA). */
    public Map<Field, Problem> problems() {
        Map<Field, Problem> problems = new EnumMap<>(Field.class);
        if (host.isBlank()) {
            problems.put(Field.HOST, new Problem("error.host.empty"));
        }
        if (parsePort() < 0) {
            problems.put(Field.PORT, new Problem("error.port.number"));
        }
        if (!NICK.matcher(nick.strip()).matches()) {
            problems.put(Field.NICK, new Problem("error.nick.format"));
        }
        if (ca.isBlank() || !Files.isRegularFile(Path.of(ca.strip()))) {
            problems.put(Field.CA, new Problem("error.ca.missing", ca.strip()));
        }
        return problems;
    }

    /**
     * The request this form makes.
     *
     * @throws IllegalStateException if {@link #problems()} is not empty
     */
    public ConnectRequest request() {
        Map<Field, Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The form has problems in " + problems.keySet());
        }
        return new ConnectRequest(host.strip(), parsePort(), nick.strip(), password.isEmpty() ? null : password,
                Path.of(ca.strip()));
    }

    private int parsePort() {
        try {
            int number = Integer.parseInt(port.strip());
            return number >= 1 && number <= 65535 ? number : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
