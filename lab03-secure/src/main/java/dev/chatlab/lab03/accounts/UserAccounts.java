package dev.chatlab.lab03.accounts;

import dev.chatlab.lab02.protocol.FieldRules;
import dev.chatlab.lab02.protocol.ProtocolException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The accounts of a users.db: nicks valid in chat/1 and unique ignoring case, each with its password hash.
 * Immutable (and so thread-safe): {@link #with} and {@link #without} return a changed copy, in file order.
 */
public final class UserAccounts {

    /** One account. */
    public record Account(String nick, PhcString hash) {

        /** Checks that neither part is null. */
        public Account {
            Objects.requireNonNull(nick, "nick");
            Objects.requireNonNull(hash, "hash");
        }
    }

    /** A change that the accounts refuse: the message says why, e.g. {@code no such user: bob}. */
    public static final class AccountException extends Exception {

        private static final long serialVersionUID = 1L;

        AccountException(String message) {
            super(message);
        }
    }

    private static final UserAccounts EMPTY = new UserAccounts(Map.of());

    /** By {@link #key(String)}: the lower-cased nick. */
    private final Map<String, Account> accounts;

    private UserAccounts(Map<String, Account> accounts) {
        this.accounts = Collections.unmodifiableMap(accounts);
    }

    /** No accounts. */
    public static UserAccounts empty() {
        return EMPTY;
    }

    /**
     * These accounts and one more.
     *
     * @throws AccountException if {@code nick} is not a chat/1 nick, or is taken ignoring case
     */
    public UserAccounts with(String nick, PhcString hash) throws AccountException {
        Objects.requireNonNull(hash, "hash");
        checkNewNick(nick);
        Map<String, Account> copy = new LinkedHashMap<>(accounts);
        copy.put(key(nick), new Account(nick, hash));
        return new UserAccounts(copy);
    }

    /**
     * Checks that {@link #with} would accept {@code nick}, before any password is asked for.
     *
     * @throws AccountException if {@code nick} is not a chat/1 nick, or is taken ignoring case
     */
    public void checkNewNick(String nick) throws AccountException {
        try {
            FieldRules.checkNick(nick);
        } catch (ProtocolException e) {
            throw new AccountException("bad nick \"" + nick + "\": " + e.getMessage());
        }
        Optional<Account> taken = find(nick);
        if (taken.isPresent()) {
            throw new AccountException("nick " + nick + " is taken"
                    + (taken.get().nick().equals(nick) ? "" : " (as " + taken.get().nick() + "; nicks ignore case)"));
        }
    }

    /**
     * These accounts without {@code nick}'s (matched ignoring case).
     *
     * @throws AccountException if there is no such account
     */
    public UserAccounts without(String nick) throws AccountException {
        if (find(nick).isEmpty()) {
            throw new AccountException("no such user: " + nick);
        }
        Map<String, Account> copy = new LinkedHashMap<>(accounts);
        copy.remove(key(nick));
        return new UserAccounts(copy);
    }

    /** The account of {@code nick}, matched ignoring case. */
    public Optional<Account> find(String nick) {
        return Optional.ofNullable(accounts.get(key(nick)));
    }

    /** Every account, in the order they were added (the file's order). */
    public List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    /** The nicks, sorted ignoring case as chat/1 sorts them (by the lower-cased nick, code point order). */
    public List<String> nicks() {
        List<String> nicks = new ArrayList<>(accounts.values().stream().map(Account::nick).toList());
        nicks.sort(Comparator.comparing(UserAccounts::key));
        return nicks;
    }

    /** How many accounts there are. */
    public int size() {
        return accounts.size();
    }

    private static String key(String nick) {
        return nick.toLowerCase(Locale.ROOT);
    }
}
