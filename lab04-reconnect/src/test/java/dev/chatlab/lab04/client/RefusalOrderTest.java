package dev.chatlab.lab04.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import dev.chatlab.lab04.testing.Connectors;
import dev.chatlab.lab04.testing.RecordingListener;
import dev.chatlab.lab04.testing.ScriptedServer;
import dev.chatlab.lab04.testing.TestTls;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An error names no cid: it answers the say or whisper the server read first among those it has not answered,
 * which after a resend is not the oldest one the client holds. A server played frame by frame sets up that
 * order: two says refused for the rate, the second refusal arriving after the client has sent the first again.
 */
@Timeout(60)
class RefusalOrderTest {

    private static final ServerFrame.Error RATE_LIMITED = new ServerFrame.Error(ErrorCode.RATE_LIMITED, "Slow down.");

    @TempDir
    Path home;

    @Test
    void a_say_refused_for_the_rate_is_sent_again_even_when_its_refusal_comes_after_an_earlier_says_resend()
            throws Exception {
        TestTls tls = TestTls.in(home);
        try (ScriptedServer server = ScriptedServer.open(tls);
             ReconnectingClient client = new ReconnectingClient(Connectors.to(tls, server.port()),
                     new ClientFrame.Hello("ana"), new RecordingListener(), ClientSettings.contract(new SplittableRandom(1)))) {
            CompletableFuture<Void> connected = CompletableFuture.runAsync(() -> connect(client));
            try (ScriptedServer.Connection connection = server.accept()) {
                assertThat(connection.next()).as("hello").isInstanceOf(ReconnectClientFrame.Chat.class);
                connection.send(new ReconnectServerFrame.Welcome("ana", List.of("ana"), "s", 60, 30));
                connected.get(10, TimeUnit.SECONDS);
                client.send(new ClientFrame.Say("first"));
                client.send(new ClientFrame.Say("second"));
                String first = cidOfSay(connection.next(), "first");
                String second = cidOfSay(connection.next(), "second");

                connection.send(new ReconnectServerFrame.Chat(RATE_LIMITED)); // answers the first say
                assertThat(cidOfSay(connection.next(), "first")).as("the first say sent again").isEqualTo(first);
                connection.send(new ReconnectServerFrame.Chat(RATE_LIMITED)); // answers the second, read before that resend
                connection.send(new ReconnectServerFrame.Chat(new ServerFrame.Message(1, "ana", "first", Instant.now())));
                connection.send(new ReconnectServerFrame.Ack(first, 1)); // answers the resend of the first

                assertThat(cidOfSay(connection.next(), "second")).as("the second say sent again after its refusal")
                        .isEqualTo(second);
                connection.send(new ReconnectServerFrame.Chat(new ServerFrame.Message(2, "ana", "second", Instant.now())));
                connection.send(new ReconnectServerFrame.Ack(second, 2));
            }
        }
    }

    private static String cidOfSay(ReconnectClientFrame frame, String text) {
        assertThat(frame).isInstanceOf(ReconnectClientFrame.Chat.class);
        ReconnectClientFrame.Chat chat = (ReconnectClientFrame.Chat) frame;
        assertThat(chat.frame()).isEqualTo(new ClientFrame.Say(text));
        return chat.cid();
    }

    private static void connect(ReconnectingClient client) {
        try {
            client.connect();
        } catch (ConnectFailedException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
