package dev.chatlab.grader.lab02;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;
import static dev.chatlab.grader.chat.ChatConnection.id;
import static dev.chatlab.grader.chat.ChatConnection.string;
import static dev.chatlab.grader.chat.ChatConnection.type;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Connection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades a lab02 chat server under load (13 points): clients that say things at the same time all see one
 * order of ids, a client that stops reading is dropped without slowing anyone else down, and
 * {@code --max-queue-bytes} moves the point where it is dropped. Every check is bounded: 300 says in the first,
 * at most 20 MiB of says in the second, 8 MiB in the third. All keep to the traffic rule of the chat checks
 * ({@link ChatConnection}): the load comes from many connections, each sending at most one burst of
 * {@value ChatConnection#MAX_BURST} says at a time, so that lab03's rate limit never refuses one.
 */
@GradingSuite
public class ChatServerConcurrencyChecks {

    /** Clients that each send one burst of says at the same time as the others. */
    private static final int CONCURRENT_SENDERS = 15;
    private static final int SAYS_PER_CLIENT = ChatConnection.MAX_BURST;

    /** The slow-consumer check says at most this much, in batches of {@link #BATCH} says of ~6 KB. */
    private static final long MAX_SAID_BYTES = 20L << 20;
    /** Senders that take turns, each saying one batch per {@link ChatConnection#BURST_REFILL}. */
    private static final int SLOW_CHECK_SENDERS = 12;
    private static final int BATCH = 16;
    /** 1990 check marks: 1990 code points, ~6 KB of UTF-8, within chat/1's 2000 code points. */
    private static final String PADDING = "\u2713".repeat(1990);
    /** Batches said after the slow client was dropped, to show that the room still flows. */
    private static final int BATCHES_AFTER_DROP = 16;
    private static final Duration MAX_ROUND_TRIP = Duration.ofSeconds(1);
    /** The bound the max-queue-bytes check asks for: far above the default, and above what it says. */
    private static final long LARGE_QUEUE_BYTES = 32L << 20;
    /** How far behind it lets a client fall: far above the default bound plus the kernel's socket buffers (~4 MiB). */
    private static final long BEHIND_BYTES = 8L << 20;
    /** Senders of the max-queue-bytes check, taking turns like those of the slow-consumer check. */
    private static final int LARGE_QUEUE_SENDERS = 20;
    /** Generous: the JVM's heap may grow under load; a queue that keeps every unread frame grows past it. */
    private static final long MAX_MEMORY_GROWTH = 256L << 20;

    @Check(points = 5, timeoutSeconds = 45, see = "lab02.md#broadcast-and-ordering",
            hint = "Take the next id and put the frame in every client's queue under one lock, so that two"
                    + " broadcasts never interleave; each client's writer then sends its queue in order.")
    @Order(1)
    void delivers_concurrent_says_to_everyone_in_one_strictly_increasing_id_order(Harness harness)
            throws Exception {
        ServerProcess server = harness.startServer();
        Random random = harness.random();
        String[] nicks = Samples.nicks(random, CONCURRENT_SENDERS);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        List<String> said = new ArrayList<>();
        List<byte[]> blocks = new ArrayList<>();
        for (String nick : nicks) {
            StringBuilder block = new StringBuilder();
            for (int i = 0; i < SAYS_PER_CLIENT; i++) {
                String text = nick + " #" + i + " " + Samples.text(random);
                said.add(nick + ": " + text);
                block.append(ChatConnection.line("say", "text", text)).append('\n');
            }
            blocks.add(block.toString().getBytes(UTF_8));
        }

        // The clients send all their says at once, each in one write.
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> sending = new ArrayList<>();
        for (int i = 0; i < room.size(); i++) {
            Connection connection = room.get(i).raw();
            byte[] block = blocks.get(i);
            sending.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                    connection.send(block);
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(connection.name() + " expected to send its says, but got " + e, e);
                }
            }, task -> Thread.ofVirtual().start(task)));
        }
        start.countDown();
        try {
            CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).get(REPLY.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("expected the clients to send their says within " + REPLY.toSeconds()
                    + " s, but they were still sending (is the server reading from every client?)", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof AssertionError failure ? failure : new AssertionError(e.getCause());
        }

        List<String> firstOrder = null;
        for (ChatConnection client : room) {
            List<String> order = receiveInIdOrder(client, said.size());
            if (firstOrder == null) {
                Expect.equal("the messages " + client.name() + " received, sorted",
                        said.stream().sorted().toList(),
                        order.stream().map(message -> message.substring(message.indexOf(' ') + 1)).sorted().toList());
                firstOrder = order;
            } else {
                expectSameOrder(room.getFirst().name(), firstOrder, client.name(), order);
            }
        }
    }

    @Check(points = 6, timeoutSeconds = 90, see = "lab02.md#slow-consumers-and-back-pressure",
            hint = "Give each client a bounded outbound queue (1 MiB by default) that a writer of its own empties;"
                    + " never write to a socket while holding the room's lock; when a queue overflows, close that"
                    + " client and send left{nick, reason:\"slow\"}. Memory is measured too, with a generous bound:"
                    + " resident memory may grow by 256 MiB, room for the JVM's heap to grow under load.")
    @Order(2)
    void drops_a_client_that_stops_reading_without_delaying_the_others(Harness harness) throws Exception {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2 + SLOW_CHECK_SENDERS);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        ChatConnection slow = room.get(0); // registered, and never read again
        ChatConnection watcher = room.get(1);
        List<ChatConnection> senders = room.subList(2, room.size());
        OptionalLong baseline = residentBytes(server);
        long peak = baseline.orElse(0);
        discardCopies(senders);

        long[] lastBurst = new long[senders.size()];
        long saidBytes = 0;
        int says = 0;
        int pings = 0;
        int batchesAfterDrop = -1;
        Duration slowest = Duration.ZERO;
        for (int turn = 0; saidBytes < MAX_SAID_BYTES && batchesAfterDrop < BATCHES_AFTER_DROP; turn++) {
            int next = turn % senders.size();
            awaitRefill(lastBurst[next]);
            byte[] bytes = batch(says);
            says += BATCH;
            lastBurst[next] = System.nanoTime();
            senders.get(next).raw().send(bytes);
            saidBytes += bytes.length;

            // The watcher reads the batch, then measures a ping; the slow client's left may come at any point.
            boolean dropped = false;
            for (int messages = 0; messages < BATCH; ) {
                JsonNode frame = nextWhileSaying(watcher, saidBytes);
                if ("message".equals(type(frame))) {
                    messages++;
                } else {
                    dropped |= isLeftSlow(frame, nicks[0]);
                }
            }
            long started = System.nanoTime();
            String token = "round trip " + (++pings);
            watcher.send("ping", "token", token);
            JsonNode reply = nextWhileSaying(watcher, saidBytes);
            for (; !"pong".equals(type(reply)); reply = nextWhileSaying(watcher, saidBytes)) {
                dropped |= isLeftSlow(reply, nicks[0]);
            }
            Expect.equal("the token of the pong", token, string(reply, "token"));
            Duration roundTrip = Duration.ofNanos(System.nanoTime() - started);
            slowest = roundTrip.compareTo(slowest) > 0 ? roundTrip : slowest;
            Expect.that(roundTrip.compareTo(MAX_ROUND_TRIP) < 0, "every ping answered within 1 s while "
                    + nicks[0] + " does not read", "ping " + pings + ", after " + mebibytes(saidBytes)
                    + " of says, answered in " + roundTrip.toMillis() + " ms");
            peak = Math.max(peak, residentBytes(server).orElse(0));
            if (dropped && batchesAfterDrop < 0) {
                harness.transcript().note("grader", nicks[0] + " was dropped after " + mebibytes(saidBytes)
                        + " of says");
            }
            if (dropped || batchesAfterDrop >= 0) {
                batchesAfterDrop++;
            }
        }
        harness.transcript().note("grader", pings + " pings, the slowest answered in " + slowest.toMillis()
                + " ms; the server's resident memory grew by " + mebibytes(peak - baseline.orElse(peak)));
        Expect.that(batchesAfterDrop >= 0, "left{nick:\"" + nicks[0] + "\", reason:\"slow\"} once " + nicks[0]
                + " stopped reading", "none after " + mebibytes(saidBytes) + " of says");
        slow.raw().discardUntilClosed(Duration.ofSeconds(10));
        if (baseline.isPresent()) {
            long growth = peak - baseline.getAsLong();
            Expect.that(growth < MAX_MEMORY_GROWTH, "the server's resident memory to grow by less than "
                    + mebibytes(MAX_MEMORY_GROWTH), "a growth of " + mebibytes(growth) + " (from "
                    + mebibytes(baseline.getAsLong()) + " to " + mebibytes(peak) + ")");
        } else {
            harness.transcript().note("grader", "cannot read the server's memory on this system: not checked");
        }
    }

    @Check(points = 2, timeoutSeconds = 90, see = "lab02.md#slow-consumers-and-back-pressure",
            hint = "Read --max-queue-bytes and bound every client's queue by it, not by the 1 MiB default: a client"
                    + " that is behind by less than the bound keeps its connection and, once it reads, gets every"
                    + " frame.")
    @Order(3)
    void honours_max_queue_bytes_by_keeping_a_client_that_is_behind_by_less(Harness harness) throws Exception {
        ServerProcess server = harness.startServer("--max-queue-bytes", Long.toString(LARGE_QUEUE_BYTES));
        String[] nicks = Samples.nicks(harness.random(), 2 + LARGE_QUEUE_SENDERS);
        List<ChatConnection> room = ChatConnection.room(server, nicks);
        ChatConnection behind = room.get(0); // reads nothing until the end
        ChatConnection watcher = room.get(1);
        List<ChatConnection> senders = room.subList(2, room.size());
        discardCopies(senders);
        long[] lastBurst = new long[senders.size()];
        long saidBytes = 0;
        int says = 0;
        for (int turn = 0; saidBytes < BEHIND_BYTES; turn++) {
            int next = turn % senders.size();
            awaitRefill(lastBurst[next]);
            byte[] bytes = batch(says);
            says += BATCH;
            lastBurst[next] = System.nanoTime();
            senders.get(next).raw().send(bytes);
            saidBytes += bytes.length;
            for (int i = 0; i < BATCH; i++) {
                JsonNode frame = answeringPings(watcher, nextWhileSaying(watcher, saidBytes), saidBytes);
                Expect.that("message".equals(type(frame)), "only messages while " + nicks[0] + " is "
                        + mebibytes(saidBytes) + " behind under --max-queue-bytes " + mebibytes(LARGE_QUEUE_BYTES),
                        ChatConnection.show(frame));
            }
        }
        harness.transcript().note("grader", nicks[0] + " is " + says + " messages (" + mebibytes(saidBytes)
                + " of says) behind; it reads them now");
        for (int i = 0; i < says; i++) {
            JsonNode frame = behind.next(REPLY);
            while ("ping".equals(type(frame))) { // lab04's heartbeat: not a message, and not out of order
                frame = behind.next(REPLY);
            }
            if (!"message".equals(type(frame))) {
                throw new AssertionError(behind.name() + " expected all " + says + " messages said while it was "
                        + mebibytes(saidBytes) + " behind, but after " + i + " of them got " + ChatConnection.show(frame));
            }
        }
    }

    /** Reads and drops each sender's own copies on a thread of its own: no sender is ever the slow client. */
    private static void discardCopies(List<ChatConnection> senders) {
        for (ChatConnection sender : senders) {
            Thread.ofVirtual().start(() -> {
                try {
                    sender.raw().discardUntilClosed(Duration.ofMinutes(5));
                } catch (IOException | AssertionError closedWhenTheCheckEnds) {
                    // Nothing to report: the senders' copies are not what these checks look at.
                }
            });
        }
    }

    /** {@link #BATCH} say frames of ~6 KB each, numbered from {@code firstSay}, as the bytes of one write. */
    private static byte[] batch(int firstSay) {
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < BATCH; i++) {
            batch.append(ChatConnection.line("say", "text", "#" + (firstSay + i) + " " + PADDING)).append('\n');
        }
        return batch.toString().getBytes(UTF_8);
    }

    /**
     * Waits until {@link ChatConnection#BURST_REFILL} has passed since {@code lastBurst} (a {@link System#nanoTime}
     * reading, 0 for a sender that has not said anything yet): pacing, so that lab03's rate limit never refuses
     * a say of this check.
     */
    private static void awaitRefill(long lastBurst) throws InterruptedException {
        if (lastBurst == 0) {
            return;
        }
        long left = lastBurst + ChatConnection.BURST_REFILL.toNanos() - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }

    /** Reads {@code count} messages, failing unless their ids strictly increase; returns "id from: text" each. */
    private static List<String> receiveInIdOrder(ChatConnection client, int count) throws IOException {
        List<String> order = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            JsonNode message;
            try {
                message = client.expect("message");
            } catch (AssertionError missing) {
                throw new AssertionError("expected " + client.name() + " to receive all " + count + " says, its own"
                        + " included, but after " + i + " of them " + missing.getMessage(), missing);
            }
            long id = id(message);
            if (id <= previous) {
                throw new AssertionError(client.name() + " expected ids in strictly increasing order, but got id "
                        + id + " after id " + previous + " (message " + (i + 1) + " of " + count + ")");
            }
            previous = id;
            order.add(id + " " + string(message, "from") + ": " + string(message, "text"));
        }
        return order;
    }

    private static void expectSameOrder(String firstName, List<String> first, String name, List<String> order) {
        for (int i = 0; i < first.size(); i++) {
            if (!first.get(i).equals(order.get(i))) {
                throw new AssertionError("expected " + name + " to receive the messages in the order " + firstName
                        + " did, with the same ids, but message " + (i + 1) + " is \"" + first.get(i)
                        + "\" there and \"" + order.get(i) + "\" here");
            }
        }
    }

    /** The watcher's next frame; if none comes, the room has stalled behind the client that does not read. */
    private static JsonNode nextWhileSaying(ChatConnection watcher, long saidBytes) throws IOException {
        try {
            return watcher.next(REPLY);
        } catch (AssertionError stalled) {
            throw new AssertionError("expected the room to keep flowing while one client does not read, but after "
                    + mebibytes(saidBytes) + " of says, " + stalled.getMessage(), stalled);
        }
    }

    /**
     * {@code frame}, or the next frame after any heartbeat pings, each answered with its pong: lab04 keeps lab02's
     * rules and pings a connection it has not heard from, so a watcher that only reads sees pings among the
     * messages (a lab02 or lab03 server sends none).
     */
    private static JsonNode answeringPings(ChatConnection watcher, JsonNode frame, long saidBytes) throws IOException {
        while ("ping".equals(type(frame))) {
            watcher.send("pong", "token", string(frame, "token"));
            frame = nextWhileSaying(watcher, saidBytes);
        }
        return frame;
    }

    /** True for the slow client's left{reason:"slow"}; fails for any other frame but a message. */
    private static boolean isLeftSlow(JsonNode frame, String slowNick) {
        if ("left".equals(type(frame)) && slowNick.equals(string(frame, "nick"))
                && "slow".equals(string(frame, "reason"))) {
            return true;
        }
        if ("message".equals(type(frame))) {
            return false;
        }
        throw new AssertionError("expected only messages, a pong, and left{nick:\"" + slowNick
                + "\", reason:\"slow\"}, but got " + ChatConnection.show(frame));
    }

    /** The server's resident memory (VmRSS in /proc), if this system tells. */
    private static OptionalLong residentBytes(ServerProcess server) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(server.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                }
            }
        } catch (IOException | NumberFormatException notLinux) {
            // No /proc on this system.
        }
        return OptionalLong.empty();
    }

    private static String mebibytes(long bytes) {
        return String.format("%.1f MiB", bytes / (double) (1 << 20));
    }
}
