package dev.chatlab.grader.lab05;

import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Order;

/**
 * Grades the rows of the desktop client's message list ({@code messages}): an own message shows at once as
 * pending and turns delivered with its ack, a message from someone else shows as it arrives, and whispers,
 * sent and received, are told apart from messages at a glance.
 */
@GradingSuite
public class DesktopMessageChecks {

    @Check(points = 12, see = "lab05.md#task-3-pending-becomes-delivered", timeoutSeconds = 90,
            hint = "Add the row when lab04's client reports the say as queued, marked pending; when its ack arrives,"
                    + " turn that same row delivered (PendingMessages.acked) instead of adding another.")
    @Order(1)
    void shows_an_own_message_at_once_as_pending_and_as_delivered_after_its_ack(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 2);
        String text = "on my way " + Samples.token(harness.random(), 6);
        DesktopClient client = DesktopClient.start(harness, "en");
        try (FakeServer server = harness.fakeServer();
             Lab04Script script = client.online(server, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)))) {
            client.send(text);
            String cid = script.expectSay(text);
            client.awaitRow("<" + nicks[0] + "> " + text + " [pending]"); // the server holds the copy and the ack
            script.message(1, nicks[0], text);
            script.ack(cid, 1);
            client.awaitRow("<" + nicks[0] + "> " + text);
            client.expectOnce("<" + nicks[0] + "> " + text);
            Expect.that(client.rows().stream().noneMatch(row -> row.contains(text + " [pending]")),
                    "no row of the message to be pending after its ack", "rows " + client.rows());
        }
    }

    @Check(points = 6, see = "lab05.md#mvc-as-swing-does-it", timeoutSeconds = 90,
            hint = "Every message frame becomes one row of `messages` whose toString() is the console line"
                    + " `<nick> text`, added on the EDT.")
    @Order(2)
    void shows_a_message_from_another_user(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 2);
        String text = Samples.text(harness.random());
        DesktopClient client = DesktopClient.start(harness, "en");
        try (FakeServer server = harness.fakeServer();
             Lab04Script script = client.online(server, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)))) {
            script.message(7, nicks[1], text);
            client.awaitRow("<" + nicks[1] + "> " + text);
        }
    }

    @Check(points = 8, see = "lab05.md#task-3-pending-becomes-delivered", timeoutSeconds = 90,
            hint = "Show a received whisper as `*nick* text` and a sent one (`/msg nick text`) as `-> *nick* text`,"
                    + " each on a background of its own that a message row does not have.")
    @Order(3)
    void shows_whispers_both_ways_on_a_background_of_their_own(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 2);
        String said = "hi all " + Samples.token(harness.random(), 4);
        String received = "psst " + Samples.token(harness.random(), 4);
        String sent = "got it " + Samples.token(harness.random(), 4);
        DesktopClient client = DesktopClient.start(harness, "en");
        try (FakeServer server = harness.fakeServer();
             Lab04Script script = client.online(server, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)))) {
            script.message(1, nicks[1], said);
            script.whisper(2, nicks[1], nicks[0], received);
            int message = client.awaitRow("<" + nicks[1] + "> " + said);
            int in = client.awaitRow("*" + nicks[1] + "* " + received);
            client.send("/msg " + nicks[1] + " " + sent);
            String cid = script.expectWhisper(nicks[1], sent);
            script.whisper(3, nicks[0], nicks[1], sent);
            script.ack(cid, 3);
            int out = client.awaitRow("-> *" + nicks[1] + "* " + sent);
            String plain = client.gui().step("cell messages " + message);
            Expect.that(!plain.equals(client.gui().step("cell messages " + in)),
                    "a received whisper's row to have another background than a message's (" + plain + ")", "the same");
            Expect.that(!plain.equals(client.gui().step("cell messages " + out)),
                    "a sent whisper's row to have another background than a message's (" + plain + ")", "the same");
        }
    }
}
