package dev.chatlab.grader.lab04;

import dev.chatlab.grader.lab04.ChaosWatcher.Delivered;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.event.RelayEvent;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chaos check's verdict: the server delivered every typed message once (as the grader's own connection saw
 * it), and every client showed all of them, once each, in id order. The first fault found fails the check with
 * what it was, the id, the chaos seed, and the relay's events around the moment it concerns.
 */
final class ChaosVerdict {

    /** Relay events shown before the moment of a fault, and after it. */
    private static final Duration BEFORE = Duration.ofSeconds(2);
    private static final Duration AFTER = Duration.ofSeconds(1);
    private static final int EVENTS_SHOWN = 15;

    private final Relay relay;
    private final Map<String, Duration> typed;
    private final Map<String, String> typist;

    /**
     * @param typed  every line the clients will show, in the order typed, with when it was typed (relay clock)
     * @param typist for each such line, the nick of the client it was typed on
     */
    ChaosVerdict(Relay relay, Map<String, Duration> typed, Map<String, String> typist) {
        this.relay = relay;
        this.typed = typed;
        this.typist = typist;
    }

    /** Fails the check at the first fault: in what the server delivered, then in what each client showed. */
    void check(List<Delivered> delivered, String watcherEnded, List<ChaosClient> clients) {
        Map<String, List<String>> notable = clients.stream()
                .collect(Collectors.toMap(ChaosClient::nick, ChaosClient::notable));
        Map<String, Delivered> byLine = new HashMap<>();
        for (Delivered message : delivered) {
            Delivered first = byLine.putIfAbsent(message.line(), message);
            if (first != null) {
                fail("the server delivered `" + message.line() + "` twice, as ids " + first.id() + " and "
                        + message.id() + " (the client must resend with the same cid, the server deliver a cid once)",
                        message.at());
            }
        }
        typed.forEach((line, at) -> {
            if (!byLine.containsKey(line)) {
                fail("the server never delivered `" + line + "`, typed on client " + typist.get(line) + "'s stdin"
                        + (watcherEnded != null ? " (the grader's own connection ended: " + watcherEnded + ")" : "")
                        + said(typist.get(line), notable), at);
            }
        });
        for (int i = 0; i < clients.size(); i++) {
            checkClient(clients.get(i), (i + 1) + " of " + clients.size(), byLine, delivered);
        }
    }

    private void checkClient(ChaosClient client, String which, Map<String, Delivered> byLine, List<Delivered> order) {
        String name = "client " + client.nick() + " (" + which + ")";
        Set<Long> seen = new HashSet<>();
        long last = 0;
        for (String line : client.shown()) {
            Delivered message = byLine.get(line);
            if (message == null) {
                continue; // a message the server never delivered: reported above
            }
            if (!seen.add(message.id())) {
                fail(name + " showed id " + message.id() + " twice: `" + line + "`", message.at());
            }
            if (message.id() < last) {
                fail(name + " showed id " + message.id() + " after id " + last + ", out of id order: `" + line + "`",
                        message.at());
            }
            last = message.id();
        }
        for (Delivered message : order) {
            if (!seen.contains(message.id())) {
                fail(name + " never showed id " + message.id() + ": `" + message.line() + "` (it showed "
                        + client.distinctShown() + " of " + order.size() + " messages"
                        + (client.ended() != null ? "; " + client.ended() : "") + ")"
                        + said(client.nick(), Map.of(client.nick(), client.notable())), message.at());
            }
        }
    }

    /** What client {@code nick} printed besides messages and connection lines, if anything: "* not sent: ...". */
    private static String said(String nick, Map<String, List<String>> notable) {
        List<String> lines = notable.getOrDefault(nick, List.of());
        return lines.isEmpty() ? "" : "; client " + nick + " also printed "
                + lines.stream().map(line -> "`" + line + "`").collect(Collectors.joining(", "));
    }

    private void fail(String fault, Duration at) {
        String events = relay.events().events().stream()
                .filter(event -> event.at().compareTo(at.minus(BEFORE)) >= 0 && event.at().compareTo(at.plus(AFTER)) <= 0)
                .sorted(Comparator.comparing((RelayEvent event) -> event.at().minus(at).abs()))
                .limit(EVENTS_SHOWN) // the closest to the moment, then in time order
                .sorted(Comparator.comparing(RelayEvent::at))
                .map(RelayEvent::transcriptLine)
                .collect(Collectors.joining("\n  "));
        throw new AssertionError("expected every client to show every message once, in id order, but " + fault
                + "\nchaos seed " + relay.seed() + " (grade --seed " + relay.seed() + " replays the same faults)"
                + String.format(Locale.ROOT, "\nrelay events around +%.3fs:\n  ", at.toNanos() / 1e9)
                + (events.isEmpty() ? "(none)" : events));
    }
}
