package dev.chatlab.grader.lab04;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.Targets;
import dev.chatlab.grader.Verdicts;
import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.lab04.broken.NoJitterClient;
import dev.chatlab.grader.lab04.broken.NoSilenceWatchdogClient;
import dev.chatlab.grader.lab04.broken.ResendsWithoutCidsClient;
import dev.chatlab.grader.result.LabResult;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lab04 client and chaos suites are honest: the reference earns every point of both, and each known defect
 * of a client loses exactly its check of the client suite. Each broken client is the reference built from its
 * public parts with one part swapped. The chaos check runs once here (it takes about 40 s); it was also run by
 * hand on other seeds (docs/grading.md gives the numbers).
 */
class Lab04ClientSuiteTest {

    private static final long SEED = 20261121L;
    private static final List<Class<?>> CLIENT = List.of(ReconnectClientChecks.class);

    @Test
    void the_reference_lab04_earns_every_point_of_the_client_and_chaos_suites() {
        LabResult result = LabRunner.grade(Lab.LAB04, List.of(ReconnectClientChecks.class, ChaosChecks.class),
                Targets.reference(Lab.LAB04), SEED);
        Verdicts.assertFailsExactly(result);
        assertThat(result.score()).as(Verdicts.explain(result)).isEqualTo(result.maxScore());
    }

    @Test
    void a_client_that_resends_without_cids_loses_only_the_resend_check() {
        assertFailsExactly(Targets.withBrokenClient(Lab.LAB04, ResendsWithoutCidsClient.class),
                "resends unacknowledged says and whispers with their original cids after a resume");
    }

    @Test
    void a_client_without_jitter_loses_only_the_backoff_check() {
        assertFailsExactly(Targets.withBrokenClient(Lab.LAB04, NoJitterClient.class),
                "waits full jitter backoff delays between attempts");
    }

    @Test
    void a_client_that_never_judges_silence_loses_only_the_heartbeat_check() {
        assertFailsExactly(Targets.withBrokenClient(Lab.LAB04, NoSilenceWatchdogClient.class),
                "answers pings and reconnects after 3 heartbeats of silence");
    }

    private static void assertFailsExactly(Target target, String... expectedFailures) {
        Verdicts.assertFailsExactly(LabRunner.grade(Lab.LAB04, CLIENT, target, SEED), expectedFailures);
    }
}
