package dev.chatlab.relay;

import static dev.chatlab.relay.RelayForwardingTest.roundTrip;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.relay.fault.CutMode;
import dev.chatlab.relay.fault.Direction;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The faults that break a connection: cut, refuse, stall. */
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RelayCutRefuseStallTest {

    @RegisterExtension
    final RelayFixture fixture = new RelayFixture(0);

    @Test
    void cut_all_closes_both_sides_of_every_link_and_new_connections_still_work() throws Exception {
        try (LoopbackTarget.Ends first = fixture.connect(); LoopbackTarget.Ends second = fixture.connect()) {
            roundTrip(first);
            roundTrip(second);

            assertThat(fixture.relay().faults().cutAll(CutMode.CLOSE)).isEqualTo(2);

            for (LoopbackTarget.Ends ends : new LoopbackTarget.Ends[] {first, second}) {
                assertThat(ends.client().getInputStream().read()).as("client reads end of stream").isEqualTo(-1);
                assertThat(ends.server().getInputStream().read()).as("server reads end of stream").isEqualTo(-1);
            }
            assertThat(fixture.relay().links().open()).isEmpty();
        }
        try (LoopbackTarget.Ends third = fixture.connect()) {
            roundTrip(third);
        }
    }

    @Test
    void a_cut_as_a_reset_makes_both_sides_see_a_reset() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            roundTrip(ends);
            assertThat(fixture.relay().faults().cut(1, CutMode.RESET)).isTrue();
            assertThatThrownBy(() -> ends.client().getInputStream().read()).isInstanceOf(SocketException.class);
            assertThatThrownBy(() -> ends.server().getInputStream().read()).isInstanceOf(SocketException.class);
        }
    }

    @Test
    void cutting_one_link_leaves_the_others_forwarding_and_an_unknown_link_is_reported() throws Exception {
        try (LoopbackTarget.Ends first = fixture.connect(); LoopbackTarget.Ends second = fixture.connect()) {
            roundTrip(first);
            roundTrip(second);
            assertThat(fixture.relay().faults().cut(1, CutMode.CLOSE)).isTrue();
            assertThat(first.client().getInputStream().read()).isEqualTo(-1);
            roundTrip(second);
            assertThat(fixture.relay().faults().cut(1, CutMode.CLOSE)).as("link 1 is closed already").isFalse();
            assertThat(fixture.relay().faults().cut(7, CutMode.CLOSE)).as("there is no link 7").isFalse();
        }
    }

    @Test
    void refuse_resets_new_connections_until_it_ends_and_spares_open_links() throws Exception {
        try (LoopbackTarget.Ends open = fixture.connect()) {
            roundTrip(open);
            fixture.relay().faults().refuse(Duration.ofMillis(500));
            try (Socket refused = new Socket(InetAddress.getLoopbackAddress(), fixture.relay().port())) {
                refused.setSoTimeout(10_000);
                assertThatThrownBy(() -> refused.getInputStream().read()).isInstanceOf(SocketException.class);
            }
            roundTrip(open);
            await(() -> !fixture.relay().faults().refusing());
            try (LoopbackTarget.Ends later = fixture.connect()) {
                roundTrip(later);
            }
        }
        assertThat(fixture.relay().events().transcript()).anyMatch(line -> line.contains("refused a connection from 127.0.0.1:"));
    }

    @Test
    void a_stall_holds_the_bytes_then_delivers_them_in_order_and_the_connection_stays_open() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            roundTrip(ends);
            long start = System.nanoTime();
            assertThat(fixture.relay().faults().stallAll(Direction.BOTH, Duration.ofMillis(800))).isEqualTo(1);
            ends.client().getOutputStream().write("held ".getBytes(UTF_8));
            ends.client().getOutputStream().write("in order".getBytes(UTF_8));

            ends.server().setSoTimeout(200);
            assertThatThrownBy(() -> ends.server().getInputStream().read())
                    .as("nothing arrives while stalled").isInstanceOf(SocketTimeoutException.class);
            assertThat(fixture.relay().links().open().getFirst().buffered(Direction.UP)).isEqualTo(13);

            ends.server().setSoTimeout(10_000);
            assertThat(ends.server().getInputStream().readNBytes(13)).asString(UTF_8).isEqualTo("held in order");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
            roundTrip(ends);
        }
    }

    @Test
    void a_stall_of_one_direction_leaves_the_other_flowing() throws Exception {
        try (LoopbackTarget.Ends ends = fixture.connect()) {
            roundTrip(ends);
            assertThat(fixture.relay().faults().stall(1, Set.of(Direction.UP), Duration.ofSeconds(5))).isTrue();
            ends.client().getOutputStream().write('u');
            ends.server().getOutputStream().write('d');
            assertThat(ends.client().getInputStream().read()).isEqualTo('d');
            ends.server().setSoTimeout(200);
            assertThatThrownBy(() -> ends.server().getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            assertThat(fixture.relay().links().open().getFirst().stalled(Direction.UP)).isTrue();
        }
    }

    /** Polls {@code condition} every 10 ms for at most 10 s. */
    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
