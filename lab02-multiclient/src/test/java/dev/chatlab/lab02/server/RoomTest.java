package dev.chatlab.lab02.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The room never closes a socket or logs while it holds its lock: another thread can use it meanwhile. */
@Timeout(30)
class RoomTest {

    private final List<String> lockedDuring = new CopyOnWriteArrayList<>();
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private Room room;
    private Session observer;

    @Test
    void drops_a_slow_member_and_closes_and_logs_only_once_the_lock_is_released() throws Exception {
        room = new Room(Clock.systemUTC(), new PrintStream(OutputStream.nullOutputStream()) {
            @Override
            public void println(String line) {
                probe("logging " + line);
                logged.add(line);
            }
        });
        observer = session(new OutboundQueue(1 << 20), () -> { });
        OutboundQueue anaQueue = new OutboundQueue(1 << 20);
        Session ana = session(anaQueue, () -> { });
        Session slow = session(new OutboundQueue(200), () -> probe("closing slow's socket"));
        room.join(ana, "ana");
        room.join(slow, "slow");

        room.say(ana, "x".repeat(300)); // too big for slow's queue: slow is dropped

        assertThat(lockedDuring).as("what happened while the room was locked").isEmpty();
        assertThat(logged).containsExactly("chat server: ana joined", "chat server: slow joined",
                "chat server: slow left (slow)");
        assertThat(frames(anaQueue)).containsSubsequence(
                "{\"type\":\"joined\",\"nick\":\"slow\"}",
                "{\"type\":\"message\"", // the message first, then the departure it caused
                "{\"type\":\"left\",\"nick\":\"slow\",\"reason\":\"slow\"}");
    }

    private Session session(OutboundQueue queue, Runnable disconnect) {
        return new Session(room, queue, ConnectionGuard.NONE, disconnect);
    }

    /** Records {@code what} if another thread cannot use the room within 5 s: the lock is held meanwhile. */
    private void probe(String what) {
        Thread other = Thread.ofVirtual().start(() -> room.who(observer));
        try {
            if (!other.join(Duration.ofSeconds(5))) {
                lockedDuring.add(what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while probing the room's lock", e);
        }
    }

    /** Each frame queued in {@code queue}, a message shortened to its type (its id and time vary). */
    private static List<String> frames(OutboundQueue queue) throws Exception {
        queue.finish();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        queue.drainTo(written);
        return written.toString(UTF_8).lines()
                .map(line -> line.startsWith("{\"type\":\"message\"") ? "{\"type\":\"message\"" : line)
                .toList();
    }
}
