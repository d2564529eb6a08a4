package dev.chatlab.grader.lab05;

import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;

/**
 * Grades the desktop client under a flood: 1000 messages written by the server at once all end up in the
 * message list's model, in order, while the EDT keeps answering.
 */
@GradingSuite
public class DesktopBurstChecks {

    private static final int BURST = 1000;

    @Check(points = 10, see = "lab05.md#task-2-the-list-models-batch-update", timeoutSeconds = 120,
            hint = "Hand events to the EDT in batches (EventBatcher: one invokeLater at a time, the rest on the next"
                    + " turn, none dropped) and announce each batch to the list once (MessageListModel.flush).")
    @Order(1)
    void lists_all_of_1000_messages_sent_in_a_burst_and_keeps_the_EDT_responsive(Harness harness) throws IOException {
        String[] nicks = Samples.nicks(harness.random(), 2);
        DesktopClient client = DesktopClient.start(harness, "en");
        GuiSession gui = client.gui();
        try (FakeServer server = harness.fakeServer();
             Lab04Script script = client.online(server, nicks[0], Samples.sortedIgnoringCase(List.of(nicks)))) {
            StringBuilder burst = new StringBuilder();
            for (int i = 1; i <= BURST; i++) {
                burst.append(Lab04Script.messageLine(i, nicks[1], String.format("burst %04d", i))).append('\n');
            }
            gui.step("probe-start");
            script.sendRaw(burst.toString());
            Duration limit = Duration.ofSeconds(15);
            String shown = gui.step("wait-count messages " + limit.toMillis() + " " + BURST + " ^<" + nicks[1]
                    + "> burst \\d{4}$", limit);
            long longest = Long.parseLong(gui.step("probe-stop"));
            Expect.equal("the number of burst rows in `messages`", Integer.toString(BURST), shown);
            List<String> rows = client.rows().stream().filter(row -> row.startsWith("<" + nicks[1] + "> burst ")).toList();
            for (int i = 0; i < BURST; i++) {
                Expect.equal("burst row " + (i + 1), "<" + nicks[1] + "> " + String.format("burst %04d", i + 1), rows.get(i));
            }
            Expect.that(longest <= DesktopThreadChecks.RESPONSIVE.toMillis(), "the EDT to run a task within " + DesktopThreadChecks.RESPONSIVE.toMillis()
                    + " ms during the burst", "a task that waited " + longest + " ms");
        }
    }
}
