package dev.chatlab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.lab01.EchoClientChecks;
import dev.chatlab.grader.lab01.EchoProcessChecks;
import dev.chatlab.grader.lab01.EchoServerChecks;
import dev.chatlab.grader.lab02.ChatClientChecks;
import dev.chatlab.grader.process.ProcessContractChecks;
import dev.chatlab.grader.run.PointsTable.ScoredCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lab's shares turn check weights into whole points that total exactly 100, whatever suites it reuses. */
class PointsTableTest {

    @Test
    void lab02_gives_every_check_exactly_its_weight() {
        assertThat(Lab.LAB02.points().checks()).allSatisfy(check -> assertThat(check.points())
                .isEqualTo(check.method().getAnnotation(Check.class).points()));
        assertThat(total(Lab.LAB02.points().checks())).isEqualTo(100);
    }

    @Test
    void lab01_scales_its_echo_checks_by_four_fifths_and_its_process_checks_by_four_with_no_rounding() {
        List<ScoredCheck> checks = Lab.LAB01.points().checks();
        assertThat(checks).allSatisfy(check -> assertThat(check.points()).isEqualTo(
                check.method().getAnnotation(Check.class).points()
                        * (check.suite() == ProcessContractChecks.class ? 20 : 4) / 5));
        assertThat(total(checks)).isEqualTo(100);
    }

    @Test
    void a_suite_that_extends_a_shared_suite_gets_its_inherited_checks() {
        PointsTable table = PointsTable.of(List.of(PointShare.of(100, EchoProcessChecks.class)));

        assertThat(table.checks()).hasSize(5).extracting(ScoredCheck::points).containsOnly(20);
        assertThat(table.checks()).extracting(ScoredCheck::name).contains("server exits 2 on bad usage and 1 when its port is taken");
    }

    @Test
    void reused_suites_keep_their_relative_weights_within_their_share_and_the_lab_totals_100() {
        // As a later lab might: an earlier lab's suites for half the points, its own for the other half.
        PointsTable table = PointsTable.of(List.of(
                PointShare.of(50, ChatClientChecks.class),
                PointShare.of(50, EchoServerChecks.class, EchoClientChecks.class)));

        List<ScoredCheck> reused = table.checks().stream().filter(c -> c.suite() == ChatClientChecks.class).toList();
        assertThat(total(reused)).isEqualTo(50);
        assertThat(total(table.checks())).isEqualTo(100);
        // Weights 2, 3, 3, 3, 2, 3, 2, 1 (sum 19) scaled by 50/19: 5.26, 7.89 (four times), 5.26, 2.63; the
        // five missing points go to the largest remainders: the four 7.89, then the 2.63.
        assertThat(reused).extracting(ScoredCheck::points).containsExactly(5, 8, 8, 8, 5, 8, 5, 3);
    }

    @Test
    void the_rounding_is_the_same_every_time() {
        List<PointShare> shares = List.of(PointShare.of(33, EchoServerChecks.class),
                PointShare.of(67, EchoClientChecks.class, ChatClientChecks.class));

        assertThat(PointsTable.of(shares).checks()).isEqualTo(PointsTable.of(shares).checks());
        assertThat(total(PointsTable.of(shares).checks())).isEqualTo(100);
    }

    @Test
    void shares_that_do_not_total_100_or_name_a_suite_twice_are_refused() {
        assertThatThrownBy(() -> PointsTable.of(List.of(PointShare.of(90, EchoServerChecks.class))))
                .hasMessage("A lab's shares total 100 points, not 90");
        assertThatThrownBy(() -> PointsTable.of(List.of(PointShare.of(50, EchoServerChecks.class),
                PointShare.of(50, EchoServerChecks.class))))
                .hasMessage("EchoServerChecks is in more than one share");
    }

    private static int total(List<ScoredCheck> checks) {
        return checks.stream().mapToInt(ScoredCheck::points).sum();
    }
}
