package dev.chatlab.grader.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    private static String say(int i) {
        return String.format("[%7.3fs] client#1 > \"{\\\"type\\\":\\\"say\\\",\\\"text\\\":\\\"m%d\\\"}\\n\"", i / 1000.0, i);
    }

    private static String message(int i) {
        return String.format("[%7.3fs] client#1 < \"{\\\"type\\\":\\\"message\\\",\\\"id\\\":%d}\\n\"", i / 1000.0, i);
    }

    @Test
    void a_run_of_similar_events_is_shortened_to_its_ends_and_a_line_that_names_what_was_left_out() {
        List<String> events = new ArrayList<>(List.of("[  0.000s] server is listening on port 4000"));
        IntStream.rangeClosed(1, 200).mapToObj(EvidenceTest::say).forEach(events::add);
        IntStream.rangeClosed(1, 40).mapToObj(i -> "[  1.000s] client#2 < \"event " + i + "\"").forEach(events::add);

        Evidence evidence = Evidence.of(events, List.of());

        assertThat(evidence.events()).isEqualTo(241);
        assertThat(evidence.transcript()).containsSubsequence(events.get(0), say(1),
                        "[   ...   ] ... 198 more `say` frames sent by client#1 ...", say(200))
                .doesNotContain(say(2), say(199))
                .endsWith(events.subList(201, 241).toArray(String[]::new));
        assertThat(evidence.render()).startsWith("transcript, 241 events (some left out):");
    }

    @Test
    void frames_sent_and_answered_in_turn_are_shortened_as_one_run() {
        List<String> events = new ArrayList<>();
        IntStream.rangeClosed(1, 100).forEach(i -> {
            events.add(say(i));
            events.add(message(i));
        });

        List<String> kept = Evidence.of(events, List.of()).transcript();

        assertThat(kept).startsWith(say(1), message(1), "[   ...   ] ... 156 more events, in turn: `say` frames sent"
                + " by client#1, `message` frames received by client#1 ...", say(80), message(80));
        assertThat(kept).hasSize(2 + 1 + 2 + 40 - 2 + 2); // the last 40 events kept whole
        assertThat(kept.subList(kept.size() - 40, kept.size())).isEqualTo(events.subList(160, 200));
    }

    @Test
    void the_last_events_before_the_failure_are_never_shortened() {
        List<String> events = IntStream.rangeClosed(1, 40).mapToObj(EvidenceTest::say).toList();

        assertThat(Evidence.of(events, List.of()).transcript()).isEqualTo(events);
    }

    @Test
    void a_failure_whose_programs_hit_an_unfinished_task_names_it_first() {
        Evidence evidence = Evidence.of(List.of(), List.of(), List.of(
                "TODO(lab01): echo every byte until the client half-closes (server stderr)"));
        CheckResult failed = new CheckResult("exits cleanly on SIGTERM", "EchoServerChecks", 5,
                CheckResult.Status.FAILED, "could not test SIGTERM: the server did not echo the first line",
                evidence, "Accept a connection.", "lab01.md#the-socket-lifecycle", java.time.Duration.ZERO);

        assertThat(failed.headline()).isEqualTo("unfinished task: TODO(lab01): echo every byte until the client"
                + " half-closes (server stderr)");
        assertThat(failed.explanation().lines().toList()).startsWith(failed.headline(),
                "could not test SIGTERM: the server did not echo the first line");
        assertThat(Evidence.NONE.unfinished()).isEmpty();
    }
}
