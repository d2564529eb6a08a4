package dev.chatlab.lab01.echo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.lab01.cli.CommandFailedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The echo client in-process, against small servers on 127.0.0.1 that misbehave on purpose. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EchoClientTest {

    private final PrintedLines printed = new PrintedLines();
    private ServerSocket fakeServer;
    private String where;

    @BeforeEach
    void openFakeServer() throws IOException {
        fakeServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        where = "127.0.0.1:" + fakeServer.getLocalPort();
    }

    @AfterEach
    void closeFakeServer() throws IOException {
        fakeServer.close();
    }

    @Test
    void prints_a_reply_that_arrives_one_byte_at_a_time_as_soon_as_each_line_is_complete() throws Exception {
        CountDownLatch firstLinePrinted = new CountDownLatch(1);
        CompletableFuture<Void> answering = Background.run("one-byte-server", () -> {
            try (Socket socket = fakeServer.accept()) {
                socket.setTcpNoDelay(true); // each one-byte write leaves as its own segment
                byte[] request = socket.getInputStream().readAllBytes(); // up to the client's half-close
                OutputStream out = socket.getOutputStream();
                int firstNewline = indexOf(request, (byte) '\n');
                for (int i = 0; i < request.length; i++) {
                    out.write(request[i]);
                    if (i == firstNewline && !firstLinePrinted.await(5, TimeUnit.SECONDS)) {
                        throw new AssertionError("the first line was not printed before the rest came");
                    }
                }
                out.write("tail".getBytes(UTF_8)); // a last line without '\n', then close
            }
        });
        CompletableFuture<Void> running = runClient("héllo\nwörld ✓\n");

        assertThat(printed.next()).isEqualTo("héllo");
        firstLinePrinted.countDown();
        assertThat(printed.next()).isEqualTo("wörld ✓");
        assertThat(printed.next()).isEqualTo("tail");
        running.get(5, TimeUnit.SECONDS);
        answering.get(5, TimeUnit.SECONDS);
    }

    @Test
    void half_closes_at_the_end_of_its_input_and_returns_once_everything_is_echoed() throws Exception {
        try (RunningEchoServer server = new RunningEchoServer()) {
            new EchoClient("127.0.0.1", server.port())
                    .run(new BufferedReader(new StringReader("one\n\ntwo")), printed.stream());
            assertThat(printed.all()).containsExactly("one", "", "two");
        }
    }

    @Test
    void fails_with_connection_refused_when_nothing_listens() throws IOException {
        int closedPort = fakeServer.getLocalPort();
        fakeServer.close();
        EchoClient client = new EchoClient("127.0.0.1", closedPort);

        assertThatThrownBy(() -> client.run(new BufferedReader(new StringReader("x\n")), printed.stream()))
                .isInstanceOf(CommandFailedException.class)
                .hasMessage("cannot connect to 127.0.0.1:" + closedPort + ": Connection refused");
    }

    @Test
    void fails_with_connection_lost_when_the_server_resets_the_connection() throws Exception {
        CompletableFuture<Void> resetting = Background.run("resetting-server", () -> {
            try (Socket socket = fakeServer.accept()) {
                socket.getInputStream().readNBytes(6); // "hello\n"
                socket.setSoLinger(true, 0);           // close() sends RST
            }
        });

        EchoClient client = new EchoClient("127.0.0.1", fakeServer.getLocalPort());

        assertThatThrownBy(() -> client.run(new BufferedReader(new StringReader("hello\n")), printed.stream()))
                .isInstanceOf(CommandFailedException.class)
                .hasMessageStartingWith("connection to " + where + " lost: ");
        resetting.get(5, TimeUnit.SECONDS);
    }

    @Test
    void fails_when_the_server_closes_before_the_end_of_the_input() throws Exception {
        CompletableFuture<Void> closing = Background.run("closing-server", () -> fakeServer.accept().close());
        try (PipedOutputStream keyboard = new PipedOutputStream()) {
            // Input that never ends while the test runs, like a user who has not typed anything yet.
            BufferedReader input =
                    new BufferedReader(new InputStreamReader(new PipedInputStream(keyboard), UTF_8));
            EchoClient client = new EchoClient("127.0.0.1", fakeServer.getLocalPort());

            assertThatThrownBy(() -> client.run(input, printed.stream()))
                    .isInstanceOf(CommandFailedException.class)
                    .hasMessage(where + " closed the connection before the end of the input");
        }
        closing.get(5, TimeUnit.SECONDS);
    }

    private CompletableFuture<Void> runClient(String input) {
        EchoClient client = new EchoClient("127.0.0.1", fakeServer.getLocalPort());
        return Background.run("echo-client",
                () -> client.run(new BufferedReader(new StringReader(input)), printed.stream()));
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new AssertionError("no " + wanted + " in the request");
    }
}
