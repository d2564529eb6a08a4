package dev.chatlab.grader.lab05;

import dev.chatlab.grader.Targets;
import dev.chatlab.grader.Verdicts;
import dev.chatlab.grader.lab05.broken.ConnectsOnTheEdtClient;
import dev.chatlab.grader.lab05.broken.DropsRowsInABurstClient;
import dev.chatlab.grader.lab05.broken.NeverShowsReconnectingClient;
import dev.chatlab.grader.lab05.broken.ShowsNoPendingClient;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lab05 suites are honest: the reference desktop client earns every point through the GUI driver, and each
 * broken client (lab05's public parts with one part swapped) loses exactly its check, graded by the suite its
 * defect concerns.
 */
class Lab05SuiteTest {

    private static final long SEED = 20261121L;

    @Test
    void the_reference_lab05_scores_100_of_100() {
        Verdicts.assertFullMarks(LabRunner.grade(Lab.LAB05, Targets.reference(Lab.LAB05), SEED));
    }

    @Test
    void a_client_that_connects_on_the_EDT_loses_only_the_responsive_connect_check() {
        Verdicts.assertFailsExactly(LabRunner.grade(Lab.LAB05, List.of(DesktopThreadChecks.class),
                Targets.withBrokenClient(Lab.LAB05, ConnectsOnTheEdtClient.class), SEED),
                "keeps the window responsive while it connects");
    }

    @Test
    void a_client_without_a_pending_state_loses_only_the_pending_check() {
        Verdicts.assertFailsExactly(LabRunner.grade(Lab.LAB05, List.of(DesktopMessageChecks.class),
                Targets.withBrokenClient(Lab.LAB05, ShowsNoPendingClient.class), SEED),
                "shows an own message at once as pending and as delivered after its ack");
    }

    @Test
    void a_list_that_drops_rows_in_a_burst_loses_only_the_burst_check() {
        Verdicts.assertFailsExactly(LabRunner.grade(Lab.LAB05, List.of(DesktopBurstChecks.class),
                Targets.withBrokenClient(Lab.LAB05, DropsRowsInABurstClient.class), SEED),
                "lists all of 1000 messages sent in a burst and keeps the EDT responsive");
    }

    @Test
    void a_status_bar_that_never_shows_reconnecting_loses_only_the_reconnect_check() {
        Verdicts.assertFailsExactly(LabRunner.grade(Lab.LAB05, List.of(DesktopReconnectChecks.class),
                Targets.withBrokenClient(Lab.LAB05, NeverShowsReconnectingClient.class), SEED),
                "shows reconnecting with a countdown then online and loses no message");
    }
}
