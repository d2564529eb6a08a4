package dev.chatlab.grader.lab02;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.Targets;
import dev.chatlab.grader.Verdicts;
import dev.chatlab.grader.lab02.broken.MiniChatClient;
import dev.chatlab.grader.lab02.broken.MiniChatServer;
import dev.chatlab.grader.result.LabResult;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.LabRunner;
import dev.chatlab.grader.run.Selection;
import dev.chatlab.grader.run.TransportKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The TLS transport carries lab02's suites unchanged, as lab03 will reuse them: the tests' own chat server and
 * client, in their TLS mode, earn every point over TLS 1.3 exactly as they do over plain TCP.
 */
class Lab02OverTlsSuiteTest {

    private static final long SEED = 20261121L;
    private static final Selection OVER_TLS = Selection.of(Lab.LAB02).over(TransportKind.TLS);

    @Test
    void the_tests_own_chat_server_earns_every_server_point_over_tls() {
        LabResult result = LabRunner.grade(Lab.LAB02, OVER_TLS.suites(List.of(ChatServerChecks.class,
                        ChatServerValidationChecks.class, ChatServerFramingChecks.class,
                        ChatServerConcurrencyChecks.class)),
                Targets.withBrokenServer(Lab.LAB02, MiniChatServer.class), SEED);

        assertThat(result.target()).endsWith("over TLS 1.3");
        assertThat(result.maxScore()).isEqualTo(76);
        assertThat(result.score()).as(Verdicts.explain(result)).isEqualTo(76);
    }

    @Test
    void the_tests_own_chat_client_earns_every_client_point_over_tls() {
        LabResult result = LabRunner.grade(Lab.LAB02, OVER_TLS.suites(List.of(ChatClientChecks.class)),
                Targets.withBrokenClient(Lab.LAB02, MiniChatClient.class), SEED);

        assertThat(result.maxScore()).isEqualTo(19);
        assertThat(result.score()).as(Verdicts.explain(result)).isEqualTo(19);
    }
}
