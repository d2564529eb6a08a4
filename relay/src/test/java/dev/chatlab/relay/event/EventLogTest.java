package dev.chatlab.relay.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The event log keeps the newest events, tells its listeners in order, and survives a failing listener. */
class EventLogTest {

    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final EventLog log = new EventLog(3, new PrintStream(errors, true, StandardCharsets.UTF_8));

    @Test
    void keeps_the_newest_events_and_counts_the_dropped_ones() {
        for (int i = 1; i <= 5; i++) {
            log.notice("event " + i);
        }
        assertThat(log.events()).extracting(RelayEvent::describe).containsExactly("event 3", "event 4", "event 5");
        assertThat(log.dropped()).isEqualTo(2);
        assertThat(log.transcript()).hasSize(4).first().isEqualTo("(2 earlier events dropped)");
        assertThat(log.transcript().get(1)).matches("\\+\\d+\\.\\d{3}s event 3");
    }

    @Test
    void listeners_hear_every_event_in_order_and_a_failing_one_is_reported() {
        List<String> heard = new ArrayList<>();
        log.subscribe(event -> {
            throw new IllegalStateException("listener bug");
        });
        log.subscribe(event -> heard.add(event.describe()));
        log.fault("cut all (0 links)");
        log.record(at -> new RelayEvent.LinkClosed(at, 4, "both sides closed", 10, 20));
        assertThat(heard).containsExactly("cut all (0 links)", "link 4 closed (both sides closed; up 10 B, down 20 B)");
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("an event listener failed").contains("listener bug");
    }

    @Test
    void await_finds_an_earlier_event_or_times_out() throws InterruptedException {
        log.notice("ready");
        assertThat(log.await(event -> event.describe().equals("ready"), Duration.ZERO)).isPresent();
        assertThat(log.await(event -> event.describe().equals("never"), Duration.ofMillis(50))).isEmpty();
    }
}
