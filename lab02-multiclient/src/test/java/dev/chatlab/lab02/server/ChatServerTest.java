package dev.chatlab.lab02.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

@Timeout(20)
class ChatServerTest {

    private ChatServer server;
    private Thread serving;

    @BeforeEach
    void start() throws Exception {
        server = ChatServer.open(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                ChatServer.DEFAULT_MAX_QUEUE_BYTES, System.err);
        serving = Thread.ofPlatform().name("serve").start(server::serve);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        serving.join(5_000);
        assertThat(serving.isAlive()).as("serve() returns after close()").isFalse();
    }

    @Test
    void welcomes_with_the_users_sorted_ignoring_case_and_tells_the_others() throws Exception {
        try (ChatConnection bob = ChatConnection.register(server.port(), "bob");
             ChatConnection carl = ChatConnection.register(server.port(), "carl")) {
            assertThat(bob.next("joined").get("nick").stringValue()).isEqualTo("carl");

            try (ChatConnection ana = ChatConnection.open(server.port())) {
                ana.send("{\"type\":\"hello\",\"nick\":\"Ana\"}");

                assertThat(ana.nextLine())
                        .isEqualTo("{\"type\":\"welcome\",\"nick\":\"Ana\",\"users\":[\"Ana\",\"bob\",\"carl\"]}");
                assertThat(bob.nextLine()).isEqualTo("{\"type\":\"joined\",\"nick\":\"Ana\"}");
                assertThat(carl.next("joined").get("nick").stringValue()).isEqualTo("Ana");
                ana.expectNothingPending();
            }
        }
    }

    @Test
    void refuses_a_nick_taken_in_another_case_and_keeps_the_connection() throws Exception {
        try (ChatConnection ana = ChatConnection.register(server.port(), "ana");
             ChatConnection other = ChatConnection.open(server.port())) {
            other.send("{\"type\":\"hello\",\"nick\":\"ANA\"}");
            other.expectError("NICK_TAKEN");

            other.send("{\"type\":\"hello\",\"nick\":\"ana2\"}");
            other.next("welcome");
            assertThat(ana.next("joined").get("nick").stringValue()).isEqualTo("ana2");
        }
    }

    @Test
    void delivers_a_message_to_everyone_including_the_sender() throws Exception {
        try (ChatConnection ana = ChatConnection.register(server.port(), "ana");
             ChatConnection bob = ChatConnection.register(server.port(), "bob")) {
            ana.next("joined");

            ana.send("{\"type\":\"say\",\"text\":\"h\u00e9llo \uD83D\uDE00\\nsecond line\"}");

            for (ChatConnection each : List.of(ana, bob)) {
                JsonNode message = each.next("message");
                assertThat(message.get("from").stringValue()).isEqualTo("ana");
                assertThat(message.get("text").stringValue()).isEqualTo("h\u00e9llo \uD83D\uDE00\nsecond line");
                assertThat(message.get("id").isIntegralNumber()).isTrue();
                assertThat(message.get("ts").stringValue())
                        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            }
        }
    }

    @Test
    void a_whisper_reaches_only_its_recipient_and_its_sender() throws Exception {
        try (ChatConnection ana = ChatConnection.register(server.port(), "ana");
             ChatConnection bob = ChatConnection.register(server.port(), "Bob");
             ChatConnection eve = ChatConnection.register(server.port(), "eve")) {
            ana.next("joined");
            ana.next("joined");
            bob.next("joined");

            ana.send("{\"type\":\"whisper\",\"to\":\"BOB\",\"text\":\"psst\"}");

            JsonNode received = bob.next("whisper");
            assertThat(received.get("from").stringValue()).isEqualTo("ana");
            assertThat(received.get("to").stringValue()).as("the registered spelling").isEqualTo("Bob");
            assertThat(ana.next("whisper")).isEqualTo(received);
            eve.expectNothingPending();
        }
    }

    @Test
    void a_whisper_to_yourself_is_delivered_once() throws Exception {
        try (ChatConnection ana = ChatConnection.register(server.port(), "ana")) {
            ana.send("{\"type\":\"whisper\",\"to\":\"ANA\",\"text\":\"note to self\"}");

            JsonNode whisper = ana.next("whisper");
            assertThat(whisper.get("from").stringValue()).isEqualTo("ana");
            assertThat(whisper.get("to").stringValue()).isEqualTo("ana");
            ana.expectNothingPending();
        }
    }

    @Test
    void a_whisper_to_an_absent_nick_is_no_such_user() throws Exception {
        try (ChatConnection ana = ChatConnection.register(server.port(), "ana")) {
            ana.send("{\"type\":\"whisper\",\"to\":\"bob\",\"text\":\"psst\"}");

            ana.expectError("NO_SUCH_USER");
            ana.expectAlive();
        }
    }

    @Test
    void answers_who_and_ping() throws Exception {
        try (ChatConnection bob = ChatConnection.register(server.port(), "bob");
             ChatConnection ana = ChatConnection.register(server.port(), "ana")) {
            bob.next("joined");
            ana.send("{\"type\":\"who\"}");
            assertThat(ana.nextLine()).isEqualTo("{\"type\":\"users\",\"users\":[\"ana\",\"bob\"]}");

            ana.send("{\"type\":\"ping\",\"token\":\"t1\"}");
            assertThat(ana.nextLine()).isEqualTo("{\"type\":\"pong\",\"token\":\"t1\"}");
            ana.send("{\"type\":\"ping\"}");
            assertThat(ana.nextLine()).isEqualTo("{\"type\":\"pong\"}");
        }
    }

    @Test
    void bye_closes_the_connection_without_another_frame_and_others_get_left_bye() throws Exception {
        try (ChatConnection ana = ChatConnection.register(server.port(), "ana");
             ChatConnection bob = ChatConnection.register(server.port(), "bob")) {
            ana.next("joined");

            bob.send("{\"type\":\"bye\"}");

            bob.expectClosedByServer();
            assertThat(ana.nextLine()).isEqualTo("{\"type\":\"left\",\"nick\":\"bob\",\"reason\":\"bye\"}");
            ana.expectNothingPending();
        }
    }

    @Test
    void a_dropped_connection_is_left_disconnect_and_frees_the_nick() throws Exception {
        try (ChatConnection ana = ChatConnection.register(server.port(), "ana")) {
            ChatConnection.register(server.port(), "bob").close();
            ana.next("joined");

            assertThat(ana.nextLine()).isEqualTo("{\"type\":\"left\",\"nick\":\"bob\",\"reason\":\"disconnect\"}");
            ChatConnection.register(server.port(), "BOB").close();
        }
    }

    @Test
    void an_unregistered_connection_leaves_without_a_left_frame() throws Exception {
        try (ChatConnection ana = ChatConnection.register(server.port(), "ana")) {
            try (ChatConnection anonymous = ChatConnection.open(server.port())) {
                anonymous.send("{\"type\":\"bye\"}");
                anonymous.expectClosedByServer();
            }
            ChatConnection.open(server.port()).close();

            ana.expectNothingPending();
        }
    }

    @Test
    void every_client_receives_the_messages_of_three_concurrent_senders_in_id_order() throws Exception {
        int perSender = 300;
        List<String> senders = List.of("s1", "s2", "s3");
        try (ChatConnection observer = ChatConnection.register(server.port(), "observer");
             ExecutorService pool = Executors.newFixedThreadPool(senders.size())) {
            List<ChatConnection> connections = new ArrayList<>();
            for (String nick : senders) {
                connections.add(ChatConnection.register(server.port(), nick));
            }
            for (int i = 0; i < senders.size(); i++) {
                observer.next("joined");
                for (int j = i + 1; j < senders.size(); j++) {
                    connections.get(i).next("joined");
                }
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<JsonNode>>> received = new ArrayList<>();
            for (int i = 0; i < senders.size(); i++) {
                String nick = senders.get(i);
                ChatConnection sender = connections.get(i);
                received.add(pool.submit(() -> {
                    go.await();
                    for (int n = 0; n < perSender; n++) {
                        sender.send("{\"type\":\"say\",\"text\":\"" + nick + " " + n + "\"}");
                    }
                    return readMessages(sender, senders.size() * perSender);
                }));
            }
            go.countDown();
            List<JsonNode> seenByObserver = readMessages(observer, senders.size() * perSender);

            assertInIdOrderWithEachSendersOrderKept(seenByObserver, senders, perSender);
            for (Future<List<JsonNode>> each : received) {
                assertThat(each.get()).as("every client sees the same sequence").isEqualTo(seenByObserver);
            }
            for (ChatConnection connection : connections) {
                connection.close();
            }
        }
    }

    private static List<JsonNode> readMessages(ChatConnection connection, int count) throws Exception {
        List<JsonNode> messages = new ArrayList<>();
        while (messages.size() < count) {
            messages.add(connection.next("message"));
        }
        return messages;
    }

    private static void assertInIdOrderWithEachSendersOrderKept(
            List<JsonNode> messages, List<String> senders, int perSender) {
        long lastId = 0;
        int[] nextNumber = new int[senders.size()];
        for (JsonNode message : messages) {
            assertThat(message.get("id").longValue()).isGreaterThan(lastId);
            lastId = message.get("id").longValue();
            int sender = senders.indexOf(message.get("from").stringValue());
            assertThat(message.get("text").stringValue()).isEqualTo(senders.get(sender) + " " + nextNumber[sender]++);
        }
        assertThat(nextNumber).containsOnly(perSender);
    }
}
