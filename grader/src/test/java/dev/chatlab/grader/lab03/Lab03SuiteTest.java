package dev.chatlab.grader.lab03;

import dev.chatlab.grader.Targets;
import dev.chatlab.grader.Verdicts;
import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.lab03.broken.AcceptsTls12Server;
import dev.chatlab.grader.lab03.broken.NoHostCheckClient;
import dev.chatlab.grader.lab03.broken.NoRateLimitServer;
import dev.chatlab.grader.lab03.broken.ReadTimeoutHelloServer;
import dev.chatlab.grader.lab03.broken.UnsaltedAccountsLab;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lab03 suites are honest: the reference earns every point, lab02's suites included, and each known defect
 * loses exactly its checks. Each broken program is the reference's public parts with one part swapped, graded
 * by the suites its defect concerns.
 */
class Lab03SuiteTest {

    private static final long SEED = 20261121L;

    @Test
    void the_reference_lab03_scores_100_of_100() {
        Verdicts.assertFullMarks(LabRunner.grade(Lab.LAB03, Targets.reference(Lab.LAB03), SEED));
    }

    @Test
    void a_server_that_accepts_TLS_1_2_loses_only_the_protocol_check() {
        assertFailsExactly(List.of(SecureTransportChecks.class),
                Targets.withBrokenServer(Lab.LAB03, AcceptsTls12Server.class),
                "refuses TLS 1 2 and TLS 1 1 handshakes");
    }

    @Test
    void a_client_without_the_host_name_check_loses_only_the_host_name_check() {
        assertFailsExactly(List.of(SecureClientChecks.class),
                Targets.withBrokenClient(Lab.LAB03, NoHostCheckClient.class),
                "refuses a certificate for another host name");
    }

    @Test
    void unsalted_fast_password_hashes_lose_only_the_users_db_check() {
        assertFailsExactly(List.of(AccountChecks.class),
                Targets.withBrokenServerAndTools(Lab.LAB03, UnsaltedAccountsLab.class),
                "users add stores argon2id hashes with a 16 byte salt per user");
    }

    @Test
    void a_server_without_a_rate_limit_loses_only_the_rate_limit_check() {
        assertFailsExactly(List.of(AbuseLimitChecks.class),
                Targets.withBrokenServer(Lab.LAB03, NoRateLimitServer.class),
                "limits says to a burst of 20 then 10 per second with RATE LIMITED");
    }

    @Test
    void a_hello_deadline_that_each_read_extends_loses_only_the_hello_deadline_check() {
        assertFailsExactly(List.of(AbuseLimitChecks.class),
                Targets.withBrokenServer(Lab.LAB03, ReadTimeoutHelloServer.class),
                "closes a connection without hello 30 s after accept whatever else it sends");
    }

    private static void assertFailsExactly(List<Class<?>> suites, Target target, String... expectedFailures) {
        Verdicts.assertFailsExactly(LabRunner.grade(Lab.LAB03, suites, target, SEED), expectedFailures);
    }
}
