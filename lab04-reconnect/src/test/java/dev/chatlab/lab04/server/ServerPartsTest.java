package dev.chatlab.lab04.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import dev.chatlab.lab04.testing.RunningServer;
import dev.chatlab.lab04.testing.TestTls;
import dev.chatlab.lab04.testing.Wire;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The server's rules are its parts: a server assembled from other parts follows theirs. */
@Timeout(60)
class ServerPartsTest {

    private static final SessionSettings SETTINGS = new SessionSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
            100);

    @TempDir
    Path home;

    @Test
    void the_cid_table_decides_what_is_a_resend() throws Exception {
        ServerParts forgetful = ServerParts.REFERENCE.withCids(() -> new CidTable() {
            @Override
            public OptionalLong idOf(String cid) {
                return OptionalLong.empty();
            }

            @Override
            public void remember(String cid, long id) {
            }

            @Override
            public int size() {
                return 0;
            }

            @Override
            public void clear() {
            }
        });
        TestTls tls = TestTls.in(home);
        try (RunningServer server = new RunningServer(tls, SETTINGS, forgetful);
             Wire ana = Wire.hello(tls, server.port(), "ana")) {
            ana.send("{\"type\":\"say\",\"text\":\"again\",\"cid\":\"c\"}");
            long first = ((ServerFrame.Message) ((ReconnectServerFrame.Chat) ana.nextNotPing()).frame()).id();
            assertThat(ana.nextNotPing()).isEqualTo(new ReconnectServerFrame.Ack("c", first));
            ana.send("{\"type\":\"say\",\"text\":\"again\",\"cid\":\"c\"}");
            long second = ((ServerFrame.Message) ((ReconnectServerFrame.Chat) ana.nextNotPing()).frame()).id();
            assertThat(second).as("delivered again, with a new id").isGreaterThan(first);
            assertThat(ana.nextNotPing()).isEqualTo(new ReconnectServerFrame.Ack("c", second));
        }
    }

    @Test
    void the_history_decides_what_a_resume_replays() throws Exception {
        ServerParts forgetting = ServerParts.REFERENCE.withHistory(capacity -> new History() {
            @Override
            public void add(Entry entry) {
            }

            @Override
            public Replay after(long last, String nick) {
                return new Replay(List.of(), true);
            }

            @Override
            public int size() {
                return 0;
            }
        });
        TestTls tls = TestTls.in(home);
        try (RunningServer server = new RunningServer(tls, SETTINGS, forgetting);
             Wire bob = Wire.hello(tls, server.port(), "bob")) {
            Wire first = Wire.connect(tls, server.port());
            first.send("{\"type\":\"hello\",\"nick\":\"ana\"}");
            String session = ((ReconnectServerFrame.Welcome) first.next()).session();
            first.drop();
            server.log.await("ana detached", Wire.WAIT);
            bob.send("{\"type\":\"say\",\"text\":\"missed\"}");
            bob.nextNotPing(); // joined ana
            bob.nextNotPing(); // the say: it has its id
            try (Wire again = Wire.connect(tls, server.port())) {
                again.send("{\"type\":\"resume\",\"session\":\"" + session + "\",\"last\":0}");
                assertThat(again.nextNotPing()).isEqualTo(new ReconnectServerFrame.Resumed("ana",
                        List.of("ana", "bob"), true, 0));
            }
        }
    }

    @Test
    void the_expiry_decides_when_a_detached_session_ends() throws Exception {
        BlockingQueue<Runnable> expiries = new LinkedBlockingQueue<>();
        BlockingQueue<Duration> windows = new LinkedBlockingQueue<>();
        ServerParts byHand = ServerParts.REFERENCE.withExpiry((expire, window, timers) -> {
            windows.add(window);
            expiries.add(expire); // the test runs it: the session ends when the test says so
            return new CompletableFuture<Void>();
        });
        TestTls tls = TestTls.in(home);
        try (RunningServer server = new RunningServer(tls, SETTINGS, byHand);
             Wire bob = Wire.hello(tls, server.port(), "bob")) {
            Wire.hello(tls, server.port(), "ana").drop();
            Runnable expire = expiries.poll(10, TimeUnit.SECONDS);
            assertThat(expire).as("a lost connection starts the expiry").isNotNull();
            assertThat(windows.poll()).isEqualTo(SETTINGS.resumeWindow());
            assertThat(server.server().stats().members()).as("detached, not ended").isEqualTo(2);

            expire.run();
            assertThat(bob.nextNotPing()).isEqualTo(new ReconnectServerFrame.Chat(new ServerFrame.Joined("ana")));
            assertThat(bob.nextNotPing())
                    .isEqualTo(new ReconnectServerFrame.Chat(new ServerFrame.Left("ana", LeftReason.TIMEOUT)));
            assertThat(server.server().stats().members()).isEqualTo(1);
        }
    }
}
