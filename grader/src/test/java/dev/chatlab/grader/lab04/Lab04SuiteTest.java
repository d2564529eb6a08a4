package dev.chatlab.grader.lab04;

import dev.chatlab.grader.Targets;
import dev.chatlab.grader.Verdicts;
import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.lab04.broken.NeverExpiresServer;
import dev.chatlab.grader.lab04.broken.NoDedupServer;
import dev.chatlab.grader.lab04.broken.SkipsTheFirstMissedFrameServer;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lab04 server suites are honest: the reference earns every point, the reused lab02 and lab03 suites
 * included, and each known defect loses exactly its checks. Each broken server is the reference with one of
 * its public parts ({@code ServerParts}) swapped, graded by the suite its defect concerns.
 */
class Lab04SuiteTest {

    private static final long SEED = 20261121L;

    @Test
    void the_reference_lab04_scores_100_of_100() {
        Verdicts.assertFullMarks(LabRunner.grade(Lab.LAB04, Targets.reference(Lab.LAB04), SEED));
    }

    @Test
    void a_server_that_forgets_cids_loses_only_the_two_repeated_cid_checks() {
        assertFailsExactly(AckChecks.class, Targets.withBrokenServer(Lab.LAB04, NoDedupServer.class),
                "acknowledges a repeated cid with its original id and delivers it once",
                "acknowledges a cid sent again after a resume with its original id and delivers it once");
    }

    @Test
    void a_resume_that_skips_the_first_missed_frame_loses_only_the_replay_checks() {
        assertFailsExactly(ResumeChecks.class,
                Targets.withBrokenServer(Lab.LAB04, SkipsTheFirstMissedFrameServer.class),
                "accepts a whisper to a detached member and replays it on resume",
                "replays exactly the messages and own whispers after last in order then live traffic",
                "resumes with gap true and the frames still held when the history overflowed");
    }

    @Test
    void a_server_whose_detached_sessions_never_expire_loses_only_the_timeout_check() {
        assertFailsExactly(ExpiryChecks.class, Targets.withBrokenServer(Lab.LAB04, NeverExpiresServer.class),
                "ends a session not resumed within resume seconds with left timeout and frees its nick");
    }

    private static void assertFailsExactly(Class<?> suite, Target target, String... expectedFailures) {
        Verdicts.assertFailsExactly(LabRunner.grade(Lab.LAB04, List.of(suite), target, SEED), expectedFailures);
    }
}
