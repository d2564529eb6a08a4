package dev.chatlab.lab02.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab02.protocol.ClientFrame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class ChatClientTest {

    private static final String WELCOME_ANA_BOB = "{\"type\":\"welcome\",\"nick\":\"ana\",\"users\":[\"ana\",\"bob\"]}";

    private FakeChatServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeChatServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void prints_one_line_per_event() throws Exception {
        ConsoleRun client = ConsoleRun.start(server.port(), "ana");
        server.acceptHello("ana");

        server.send(WELCOME_ANA_BOB);
        server.send(message(1, "bob", "hello"));
        server.send(message(2, "bob", "one\\ntwo\\nthree"));
        server.send(whisper(3, "bob", "ana", "psst"));
        server.send(whisper(4, "ana", "bob", "psst back"));
        server.send(whisper(5, "ana", "ana", "note"));
        server.send("{\"type\":\"joined\",\"nick\":\"carl\"}");
        server.send("{\"type\":\"left\",\"nick\":\"carl\",\"reason\":\"bye\"}");
        server.send("{\"type\":\"left\",\"nick\":\"bob\",\"reason\":\"slow\"}");
        server.send("{\"type\":\"pong\"}");
        server.send("{\"type\":\"users\",\"users\":[\"ana\"]}");
        server.send("{\"type\":\"error\",\"code\":\"BAD_TEXT\",\"message\":\"A text must not be blank.\"}");

        assertThat(client.nextOut()).isEqualTo("* connected as ana (2 users: ana, bob)");
        assertThat(client.nextOut()).isEqualTo("<bob> hello");
        assertThat(client.nextOut()).isEqualTo("<bob> one");
        assertThat(client.nextOut()).isEqualTo("  two");
        assertThat(client.nextOut()).isEqualTo("  three");
        assertThat(client.nextOut()).isEqualTo("*bob* psst");
        assertThat(client.nextOut()).isEqualTo("-> *bob* psst back");
        assertThat(client.nextOut()).isEqualTo("-> *ana* note");
        assertThat(client.nextOut()).isEqualTo("* carl joined");
        assertThat(client.nextOut()).isEqualTo("* carl left (bye)");
        assertThat(client.nextOut()).isEqualTo("* bob left (slow)");
        assertThat(client.nextOut()).as("a pong prints nothing").isEqualTo("* users: ana");
        assertThat(client.nextOut()).isEqualTo("! BAD_TEXT: A text must not be blank.");
        client.endInput();
    }

    @Test
    void a_room_of_one_is_one_user() throws Exception {
        ConsoleRun client = ConsoleRun.start(server.port(), "ana");
        server.acceptHello("ana");

        server.send("{\"type\":\"welcome\",\"nick\":\"ana\",\"users\":[\"ana\"]}");

        assertThat(client.nextOut()).isEqualTo("* connected as ana (1 user: ana)");
        client.endInput();
    }

    @Test
    void turns_typed_lines_into_frames() throws Exception {
        ConsoleRun client = ConsoleRun.start(server.port(), "ana");
        server.acceptHello("ana");
        server.send(WELCOME_ANA_BOB);
        client.nextOut();

        client.type("gr\u00fc\u00dfe \uD83D\uDE00");
        client.type("/msg bob psst, a secret");
        client.type("");
        client.type("/msg bob");
        client.type("/who");
        client.type("/whom");

        assertThat(server.nextLine()).isEqualTo("{\"type\":\"say\",\"text\":\"gr\u00fc\u00dfe \uD83D\uDE00\"}");
        assertThat(server.nextLine()).isEqualTo("{\"type\":\"whisper\",\"to\":\"bob\",\"text\":\"psst, a secret\"}");
        assertThat(server.nextLine()).as("the empty line and the bad /msg send nothing")
                .isEqualTo("{\"type\":\"who\"}");
        assertThat(server.nextLine()).isEqualTo("{\"type\":\"say\",\"text\":\"/whom\"}");
        assertThat(client.nextErr()).isEqualTo("usage: /msg NICK TEXT");
        client.endInput();
    }

    @Test
    void quit_sends_bye_and_exits_0_once_the_server_closes() throws Exception {
        ConsoleRun client = ConsoleRun.start(server.port(), "ana");
        server.acceptHello("ana");
        server.send(WELCOME_ANA_BOB);

        client.type("/quit");

        assertThat(server.nextLine()).isEqualTo("{\"type\":\"bye\"}");
        server.dropClient();
        assertThat(client.exitStatus(5)).isZero();
    }

    @Test
    void the_end_of_stdin_sends_bye_and_exits_0() throws Exception {
        ConsoleRun client = ConsoleRun.start(server.port(), "ana");
        server.acceptHello("ana");
        server.send(WELCOME_ANA_BOB);

        client.endInput();

        assertThat(server.nextLine()).isEqualTo("{\"type\":\"bye\"}");
        server.dropClient();
        assertThat(client.exitStatus(5)).isZero();
    }

    @Test
    void exits_3_when_the_server_drops_the_connection() throws Exception {
        ConsoleRun client = ConsoleRun.start(server.port(), "ana");
        server.acceptHello("ana");
        server.send(WELCOME_ANA_BOB);
        assertThat(client.nextOut()).isEqualTo("* connected as ana (2 users: ana, bob)");

        server.dropClient();

        assertThat(client.exitStatus(5)).isEqualTo(ChatClient.CONNECTION_LOST);
        assertThat(client.nextErr()).isEqualTo("error: connection closed by the server");
        client.endInput();
    }

    @Test
    void a_refused_hello_prints_the_error_line_and_fails() throws Exception {
        ConsoleRun client = ConsoleRun.start(server.port(), "ana");
        server.acceptHello("ana");

        server.send("{\"type\":\"error\",\"code\":\"NICK_TAKEN\",\"message\":\"The nick ana is taken.\"}");

        assertThat(client.nextOut()).isEqualTo("! NICK_TAKEN: The nick ana is taken.");
        assertThat(client.failure(5)).isInstanceOf(CommandFailedException.class)
                .hasMessage("The nick ana is taken.");
    }

    @Test
    void fails_with_the_address_when_nothing_listens() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }

        ConsoleRun client = ConsoleRun.start(port, "ana");

        assertThat(client.failure(5)).isInstanceOf(CommandFailedException.class)
                .hasMessage("cannot connect to 127.0.0.1:" + port + ": Connection refused");
    }

    @Test
    void a_connector_that_cannot_connect_explains_the_failure_in_its_own_words() throws Exception {
        ServerConnector refusing = new ServerConnector() {
            @Override
            public Socket connect(Duration timeout) throws IOException {
                throw new IOException("PKIX path building failed");
            }

            @Override
            public String describe(IOException failure) {
                return "TLS: " + failure.getMessage();
            }
        };

        Throwable failure = ConsoleRun.start(refusing, new ClientFrame.Hello("ana")).failure(5);

        assertThat(failure).isInstanceOf(CommandFailedException.class).hasMessage("TLS: PKIX path building failed");
        assertThat(errorLine(failure)).isEqualTo("error: TLS: PKIX path building failed\n");
    }

    @Test
    void a_failure_on_the_first_read_is_explained_by_the_connector_and_fails_the_command() throws Exception {
        ServerConnector tcp = new TcpConnector("127.0.0.1", server.port());
        ServerConnector described = new ServerConnector() {
            @Override
            public Socket connect(Duration timeout) throws IOException {
                return tcp.connect(timeout);
            }

            @Override
            public String describe(IOException failure) {
                return "TLS: " + failure.getMessage();
            }
        };
        ConsoleRun client = ConsoleRun.start(described, new ClientFrame.Hello("ana", "s3cret"));

        assertThat(server.acceptFirstLine()).isEqualTo("{\"type\":\"hello\",\"nick\":\"ana\",\"password\":\"s3cret\"}");
        server.resetClient(); // as a TLS 1.3 server that refuses the client's certificate does, seen from the client

        Throwable failure = client.failure(5);
        assertThat(failure).isInstanceOf(CommandFailedException.class).hasMessage("TLS: Connection reset");
        assertThat(errorLine(failure)).isEqualTo("error: TLS: Connection reset\n");
    }

    /** What the process contract prints on stderr for {@code failure}, with exit status 1. */
    private static String errorLine(Throwable failure) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProcessContract.printError(new PrintStream(err, true, UTF_8), failure);
        return err.toString(UTF_8);
    }

    /** A message frame; {@code jsonText} is already escaped for JSON. */
    private static String message(long id, String from, String jsonText) {
        return "{\"type\":\"message\",\"id\":" + id + ",\"from\":\"" + from + "\",\"text\":\"" + jsonText
                + "\",\"ts\":\"2026-11-21T17:00:00.123Z\"}";
    }

    /** A whisper frame; {@code jsonText} is already escaped for JSON. */
    private static String whisper(long id, String from, String to, String jsonText) {
        return "{\"type\":\"whisper\",\"id\":" + id + ",\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"text\":\"" + jsonText + "\",\"ts\":\"2026-11-21T17:00:00.123Z\"}";
    }
}
