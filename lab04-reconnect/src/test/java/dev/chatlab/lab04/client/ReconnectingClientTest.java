package dev.chatlab.lab04.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.server.SessionSettings;
import dev.chatlab.lab04.testing.Connectors;
import dev.chatlab.lab04.testing.RecordingListener;
import dev.chatlab.lab04.testing.RunningServer;
import dev.chatlab.lab04.testing.TestTls;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import dev.chatlab.relay.fault.CutMode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The client library against a real server, through a relay that cuts and refuses connections. */
@Timeout(90)
class ReconnectingClientTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path home;

    private TestTls tls;
    private RunningServer server;
    private Relay relay;
    private final List<ReconnectingClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        tls = TestTls.in(home);
        startServer(Duration.ofSeconds(30));
    }

    private void startServer(Duration resumeWindow) throws Exception {
        server = new RunningServer(tls, new SessionSettings(Duration.ofSeconds(1), resumeWindow, 100));
        relay = Relay.start(RelayConfig.to(server.port()), System.err);
    }

    @AfterEach
    void stop() throws Exception {
        clients.forEach(ReconnectingClient::quit);
        relay.close();
        server.close();
    }

    /** The server seems down to the clients behind the relay: their connections are cut, new ones reset. */
    private void serverDown() {
        relay.faults().refuse(Duration.ofMinutes(5)); // longer than any test: serverBack() ends it
        relay.faults().cutAll(CutMode.CLOSE);
    }

    /** The server is back: the relay accepts and forwards new connections again. */
    private void serverBack() {
        relay.faults().refuse(Duration.ZERO);
    }

    private ReconnectingClient client(String nick, int port, RecordingListener listener, ClientSettings settings)
            throws Exception {
        ReconnectingClient client = new ReconnectingClient(Connectors.to(tls, port), new ClientFrame.Hello(nick),
                listener, settings);
        clients.add(client);
        client.connect();
        return client;
    }

    private static ClientSettings settings(long seed) {
        return ClientSettings.contract(new SplittableRandom(seed));
    }

    @Test
    void a_first_connection_that_fails_is_reported_and_the_client_is_closed() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }
        RecordingListener events = new RecordingListener();
        ReconnectingClient client = new ReconnectingClient(Connectors.to(tls, closedPort),
                new ClientFrame.Hello("ana"), events, settings(1));

        assertThatThrownBy(client::connect).isInstanceOf(ConnectFailedException.class)
                .hasMessageStartingWith("cannot connect to localhost:" + closedPort + ": ");
        assertThat(client.state()).isInstanceOf(ClientState.Closed.class);
        assertThat(client.send(new ClientFrame.Say("too late"))).isFalse();
    }

    @Test
    void a_refused_first_hello_is_reported_with_the_servers_error() throws Exception {
        client("ana", server.port(), new RecordingListener(), settings(1));
        ReconnectingClient second = new ReconnectingClient(Connectors.to(tls, server.port()),
                new ClientFrame.Hello("ANA"), new RecordingListener(), settings(2));

        assertThatThrownBy(second::connect).isInstanceOfSatisfying(ConnectFailedException.class,
                e -> assertThat(e.refusal()).hasValueSatisfying(error -> assertThat(error.code().name())
                        .isEqualTo("NICK_TAKEN")));
    }

    @Test
    void after_a_cut_it_resumes_shows_what_it_missed_once_in_order_and_sends_what_was_typed_offline()
            throws Exception {
        RecordingListener anaEvents = new RecordingListener();
        RecordingListener bobEvents = new RecordingListener();
        ReconnectingClient ana = client("ana", relay.port(), anaEvents, settings(1));
        ReconnectingClient bob = client("bob", server.port(), bobEvents, settings(2));
        bob.send(new ClientFrame.Say("before"));
        anaEvents.await(ServerFrame.Message.class, m -> m.text().equals("before"), WAIT);

        serverDown();
        anaEvents.await(ClientState.Reconnecting.class, r -> r.attempt() == 1, WAIT);
        server.log.await("ana detached", WAIT);
        bob.send(new ClientFrame.Say("while away 1"));
        bob.send(new ClientFrame.Whisper("ana", "while away 2"));
        assertThat(ana.send(new ClientFrame.Say("typed offline"))).isTrue();
        bobEvents.await(ServerFrame.Whisper.class, w -> w.text().equals("while away 2"), WAIT);
        serverBack();

        ClientListener.Reconnection back = anaEvents.await(ClientListener.Reconnection.class, r -> true, WAIT);
        assertThat(back).isEqualTo(new ClientListener.Reconnection(true, 2, false, List.of("ana", "bob")));
        anaEvents.await(ServerFrame.Message.class, m -> m.text().equals("typed offline"), WAIT);
        bobEvents.await(ServerFrame.Message.class, m -> m.text().equals("typed offline"), WAIT);
        assertThat(anaEvents.texts()).containsExactly("before", "while away 1", "typed offline");
        assertThat(anaEvents.ids()).hasSize(4).isSorted().doesNotHaveDuplicates();
        assertThat(bobEvents.texts()).containsExactly("before", "while away 1", "typed offline");
    }

    @Test
    void an_expired_session_joins_again_with_a_hello() throws Exception {
        relay.close();
        server.close();
        startServer(Duration.ofMillis(300));
        RecordingListener events = new RecordingListener();
        client("ana", relay.port(), events, settings(3));

        serverDown();
        server.log.await("ana left (timeout)", WAIT);
        serverBack();

        assertThat(events.await(ClientListener.Reconnection.class, r -> true, WAIT))
                .isEqualTo(new ClientListener.Reconnection(false, 0, false, List.of("ana")));
        assertThat(events.all).filteredOn(ClientState.Reconnecting.class::isInstance)
                .extracting(state -> ((ClientState.Reconnecting) state).attempt())
                .as("one state per attempt, counted from 1").startsWith(1, 2);
    }

    @Test
    void what_is_typed_offline_is_bounded_by_the_outbox() throws Exception {
        RecordingListener events = new RecordingListener();
        ReconnectingClient ana = client("ana", relay.port(), events, settings(4).withOutboxCapacity(2));
        serverDown();
        events.await(ClientState.Reconnecting.class, r -> true, WAIT);

        assertThat(ana.send(new ClientFrame.Say("one"))).isTrue();
        assertThat(ana.send(new ClientFrame.Say("two"))).isTrue();
        assertThat(ana.send(new ClientFrame.Say("three"))).as("the outbox is full").isFalse();
        serverBack();
        events.await(ServerFrame.Message.class, m -> m.text().equals("two"), WAIT);
        assertThat(events.texts()).containsExactly("one", "two");
    }

    @Test
    void the_jitter_part_decides_each_reconnect_delay() throws Exception {
        RecordingListener events = new RecordingListener();
        ReconnectingClient ana = new ReconnectingClient(Connectors.to(tls, relay.port()), new ClientFrame.Hello("ana"),
                events, settings(7), ClientParts.REFERENCE.withJitter((ceiling, random) -> ceiling));
        clients.add(ana);
        ana.connect();
        serverDown();

        assertThat(events.await(ClientState.Reconnecting.class, r -> r.attempt() == 1, WAIT).delay())
                .as("no jitter: the whole ceiling").isEqualTo(Backoff.BASE);
        assertThat(events.await(ClientState.Reconnecting.class, r -> r.attempt() == 2, WAIT).delay())
                .isEqualTo(Backoff.BASE.multipliedBy(2));
    }

    @Test
    void quit_says_bye_and_the_others_see_left_bye() throws Exception {
        RecordingListener bobEvents = new RecordingListener();
        client("bob", server.port(), bobEvents, settings(5));
        ReconnectingClient ana = client("ana", server.port(), new RecordingListener(), settings(6));
        ana.quit();

        bobEvents.await(ServerFrame.Left.class, left -> left.reason() == LeftReason.BYE, WAIT);
        assertThat(ana.state()).isEqualTo(new ClientState.Closed(ReconnectingClient.QUIT));
    }
}
