package dev.chatlab.lab04.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import dev.chatlab.lab04.testing.RunningServer;
import dev.chatlab.lab04.testing.ServerFixture;
import dev.chatlab.lab04.testing.Wire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * lab02's back-pressure in lab04's room: a client that keeps reading, but slower than a sender says, slows
 * the sender down instead of overflowing its queue, so it is not dropped and misses nothing.
 */
@Timeout(60)
class BackPressureTest {

    private static final long MAX_QUEUE_BYTES = 64 * 1024;
    private static final int SAYS = 600;
    private static final String TEXT = "x".repeat(1000); // about 1.1 KiB a frame: 600 of them are 10 bounds' worth
    private static final AbuseLimits NO_RATE_LIMIT = AbuseLimits.CONTRACT.withMessageRate(1_000_000, 1_000_000);

    @RegisterExtension
    final ServerFixture fixture = new ServerFixture(
            new SessionSettings(Duration.ofSeconds(30), Duration.ofSeconds(30), 100));

    @Test
    void a_client_that_reads_slower_than_a_sender_says_slows_the_sender_and_gets_every_message() throws Exception {
        RunningServer server = fixture.restart(MAX_QUEUE_BYTES, NO_RATE_LIMIT);
        try (Wire slow = Wire.hello(fixture.tls(), server.port(), "slow");
             Wire sender = Wire.hello(fixture.tls(), server.port(), "sender");
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            slow.limitReceiveBuffer(64 * 1024);
            assertThat(((ReconnectServerFrame.Chat) slow.nextNotPing()).frame()).isEqualTo(new ServerFrame.Joined("sender"));
            Future<Integer> ownCopies = threads.submit(() -> countMessages(sender, SAYS)); // the sender reads its copies
            Future<?> saying = threads.submit(() -> say(sender, SAYS));

            List<String> seen = new ArrayList<>();
            for (int i = 0; i < SAYS; i++) {
                ReconnectServerFrame frame = slow.nextNotPing();
                assertThat(frame).as("frame %d of the slow reader", i).isInstanceOf(ReconnectServerFrame.Chat.class);
                ServerFrame chat = ((ReconnectServerFrame.Chat) frame).frame();
                assertThat(chat).as("frame %d of the slow reader: a message, not a departure", i)
                        .isInstanceOf(ServerFrame.Message.class);
                seen.add(((ServerFrame.Message) chat).text());
                if (i % 4 == 3) {
                    Thread.sleep(1); // reads, but slower than the sender says (a sleep here is often longer than 1 ms)
                }
            }

            assertThat(seen).hasSize(SAYS).first().isEqualTo("0" + TEXT);
            assertThat(seen.getLast()).isEqualTo((SAYS - 1) + TEXT);
            saying.get(30, TimeUnit.SECONDS);
            assertThat(ownCopies.get(30, TimeUnit.SECONDS)).isEqualTo(SAYS);
        }
    }

    /** Says {@code count} texts as fast as {@code wire} takes them: it blocks whenever the server stops reading. */
    private static void say(Wire wire, int count) {
        try {
            for (int i = 0; i < count; i++) {
                wire.send("{\"type\":\"say\",\"text\":\"" + i + TEXT + "\"}");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code wire}'s frames until {@code count} messages have come; returns how many did. */
    private static int countMessages(Wire wire, int count) {
        int messages = 0;
        try {
            while (messages < count) {
                if (wire.nextNotPing() instanceof ReconnectServerFrame.Chat chat && chat.frame() instanceof ServerFrame.Message) {
                    messages++;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the sender's own copies stopped after " + messages, e);
        }
        return messages;
    }
}
