package dev.chatlab.bench.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.link.RelayLink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each tick, each direction of each open link stalls when its draw falls under the chance per tick. */
@Timeout(30)
class StallSchedulerTest {

    /** 30 s stalls, so that one is still in force when the test looks, however slow the machine. */
    private static final RetransmissionStalls EVERY_FIVE_SECONDS =
            new RetransmissionStalls(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30));

    /** Every draw is 0: under any chance. */
    private static final RandomGenerator LOWEST = () -> 0L;
    /** Every draw is just under 1: over any chance less than 1. */
    private static final RandomGenerator HIGHEST = () -> -1L;

    @Test
    void a_draw_under_the_chance_stalls_both_directions_of_the_link() throws Exception {
        try (OneLink path = OneLink.open();
             StallScheduler stalls = new StallScheduler(path.relay(), EVERY_FIVE_SECONDS, LOWEST)) {
            assertThat(stalls.tick()).isEqualTo(2);

            assertThat(path.link().stalled(Direction.UP)).isTrue();
            assertThat(path.link().stalled(Direction.DOWN)).isTrue();
            assertThat(stalls.started()).isEqualTo(2);
        }
    }

    @Test
    void a_draw_over_the_chance_leaves_the_link_flowing() throws Exception {
        try (OneLink path = OneLink.open();
             StallScheduler stalls = new StallScheduler(path.relay(), EVERY_FIVE_SECONDS, HIGHEST)) {
            assertThat(stalls.tick()).isZero();

            assertThat(path.link().stalled(Direction.UP)).isFalse();
            assertThat(path.link().stalled(Direction.DOWN)).isFalse();
        }
    }

    @Test
    void the_lossy_preset_says_what_its_stalls_are() {
        assertThat(NetworkPreset.LOSSY.stalls().chancePerTick()).isEqualTo(0.02);
        assertThat(NetworkPreset.LOSSY.describe()).isEqualTo("lossy: 25 ms one way + up to 10 ms jitter, "
                + "625,000 B/s per connection and direction, 200-400 ms stalls, each direction on average every 5 s");
    }

    /** A relay in front of a bare listening socket, with one client connected through it. */
    private record OneLink(ServerSocket target, Relay relay, Socket client, Socket server) implements AutoCloseable {

        static OneLink open() throws IOException, InterruptedException {
            ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Relay relay = Relay.start(RelayConfig.to(target.getLocalPort()),
                    new PrintStream(OutputStream.nullOutputStream()));
            Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.port());
            OneLink path = new OneLink(target, relay, client, target.accept());
            assertThat(relay.links().awaitStarted(1, Duration.ofSeconds(10))).as("the link started").isTrue();
            return path;
        }

        RelayLink link() {
            return relay.links().open().getFirst();
        }

        @Override
        public void close() throws IOException {
            relay.close();
            server.close();
            client.close();
            target.close();
        }
    }
}
