package dev.chatlab.grader.lab05;

import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;

/**
 * Grades the desktop client through a dropped connection: the status bar counts down to each reconnect attempt,
 * shows online again after the resume, and no message is lost or shown twice, the one typed while offline
 * included.
 */
@GradingSuite
public class DesktopReconnectChecks {

    /** The status text of a reconnect attempt: the seconds left, with one decimal, and the attempt number. */
    static final Pattern COUNTDOWN = Pattern.compile("Reconnecting in (\\d+\\.\\d) s \\(attempt (\\d+)\\)");
    /** Attempts refused at most while waiting for a countdown that shows two values. */
    private static final int MOST_REFUSED = 6;

    @Check(points = 14, see = "lab05.md#task-4-the-reconnect-countdown", timeoutSeconds = 120,
            hint = "While lab04's client is reconnecting, let `status` say `Reconnecting in 1.2 s (attempt 2)` and"
                    + " refresh it with a Swing Timer until the attempt; show online again after the resume, and"
                    + " keep the rows: the replayed and the resent messages each once.")
    @Order(1)
    void shows_reconnecting_with_a_countdown_then_online_and_loses_no_message(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 2);
        List<String> users = Samples.sortedIgnoringCase(List.of(nicks));
        String before = "before " + Samples.token(harness.random(), 4);
        String away = "while away " + Samples.token(harness.random(), 4);
        String offline = "typed offline " + Samples.token(harness.random(), 4);
        DesktopClient client = DesktopClient.start(harness, "en");
        try (FakeServer server = harness.fakeServer()) {
            try (Lab04Script first = client.online(server, nicks[0], users)) {
                first.message(1, nicks[1], before);
                client.awaitRow("<" + nicks[1] + "> " + before);
                first.drop();
            }
            Lab04Script resumed = refuseUntilCountdown(server, client, offline);
            try (resumed) {
                Expect.equal("the `last` of the resume", 1L, resumed.expectResume());
                resumed.resumed(nicks[0], users, 1);
                resumed.message(2, nicks[1], away);
                String cid = resumed.expectSay(offline);
                resumed.message(3, nicks[0], offline);
                resumed.ack(cid, 3);
                client.awaitStatus("Connected as " + nicks[0]);
                client.awaitRow("<" + nicks[1] + "> " + away);
                client.awaitRow("<" + nicks[0] + "> " + offline);
                for (String line : List.of("<" + nicks[1] + "> " + before, "<" + nicks[1] + "> " + away,
                        "<" + nicks[0] + "> " + offline)) {
                    client.expectOnce(line);
                }
            }
        }
    }

    /**
     * Closes each reconnect attempt before it can resume, until the status has shown two different countdown
     * values for one attempt (or {@value #MOST_REFUSED} attempts were refused), typing {@code offline} meanwhile;
     * returns the attempt let through, its resume not read yet.
     */
    private static Lab04Script refuseUntilCountdown(FakeServer server, DesktopClient client, String offline)
            throws IOException {
        for (int refused = 0; ; refused++) {
            Lab04Script attempt = Lab04Script.accept(server);
            if (refused == 0) {
                client.send(offline); // the client is dialling again: it is offline
            }
            client.gui().step("violations"); // an answer brings the status events up to now
            if (countsDown(client.gui().statusTexts())) {
                return attempt;
            }
            if (refused == MOST_REFUSED) {
                attempt.close();
                throw new AssertionError("expected `status` to count down to a reconnect attempt (two texts like `"
                        + "Reconnecting in 0.8 s (attempt 3)` with different seconds for one attempt), but it showed "
                        + client.gui().statusTexts());
            }
            attempt.expectResume();
            attempt.drop(); // no resumed: the client tries again, after a longer delay
        }
    }

    private static boolean countsDown(List<String> texts) {
        Map<String, Set<String>> secondsByAttempt = new HashMap<>();
        for (String text : texts) {
            Matcher matcher = COUNTDOWN.matcher(text);
            if (matcher.find()) {
                secondsByAttempt.computeIfAbsent(matcher.group(2), attempt -> new HashSet<>()).add(matcher.group(1));
            }
        }
        return secondsByAttempt.values().stream().anyMatch(seconds -> seconds.size() >= 2);
    }
}
