package dev.chatlab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.chatlab.grader.check.RunParameters;
import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.result.CheckResult;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The result collector tells a listener about each check as it happens, its progress reports included. */
class ResultCollectorTest {

    @Test
    void a_listener_hears_a_check_start_report_its_progress_and_end() {
        List<String> heard = new ArrayList<>();
        CheckListener listener = new CheckListener() {
            @Override
            public void started(String check) {
                heard.add("started " + check);
            }

            @Override
            public void progress(String check, String text) {
                heard.add("progress " + check + ": " + text);
            }

            @Override
            public void finished(CheckResult result) {
                heard.add("finished " + result.name() + " " + result.status());
            }
        };
        ResultCollector collector = new ResultCollector(PointsTable.of(List.of(PointShare.of(100,
                ProgressReportingSuite.class))), listener);

        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(ProgressReportingSuite.class))
                .configurationParameters(RunParameters.of(new Target("none", List.of("true"), List.of("true")), 7))
                .enableImplicitConfigurationParameters(false)
                .build(), collector);

        assertThat(heard).containsExactly("started reports how far it got",
                "progress reports how far it got: 1 of 2 steps", "progress reports how far it got: 2 of 2 steps",
                "finished reports how far it got PASSED");
        assertThat(collector.results()).singleElement()
                .satisfies(result -> assertThat(result.evidence().transcript()).isEmpty());
    }

    @Test
    void a_connection_reset_by_the_program_under_test_is_its_failure_and_a_bug_of_a_check_is_the_graders() {
        assertThat(ResultCollector.describe(new SocketException("Connection reset")))
                .isEqualTo("expected the connection to the program under test to stay open, but got SocketException:"
                        + " Connection reset");
        assertThat(ResultCollector.describe(new IllegalStateException("no such frame")))
                .isEqualTo("the check itself failed with IllegalStateException: no such frame");
    }
}
