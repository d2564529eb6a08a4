package dev.chatlab.lab01.echo;

import static dev.chatlab.lab01.echo.RunningEchoServer.readExactly;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The echo server through real sockets on 127.0.0.1, the way the grader sees it. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EchoServerTest {

    /** Long enough for a server that does answer to answer; short enough to keep the suite fast. */
    private static final int SILENCE_MILLIS = 500;

    private RunningEchoServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new RunningEchoServer();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close(); // also checks that serve() returns normally
    }

    @Test
    void echoes_one_line() throws IOException {
        try (Socket client = server.connect()) {
            client.getOutputStream().write("hello\n".getBytes(UTF_8));
            assertThat(readExactly(client, 6)).asString(UTF_8).isEqualTo("hello\n");
        }
    }

    @Test
    void echoes_many_lines_sent_in_one_write() throws IOException {
        byte[] sent = "one\ntwo\nthree, with ünïcödé ✓\n".getBytes(UTF_8);
        try (Socket client = server.connect()) {
            client.getOutputStream().write(sent);
            assertThat(readExactly(client, sent.length)).isEqualTo(sent);
        }
    }

    @Test
    void echoes_a_line_sent_one_byte_at_a_time_without_waiting_for_the_newline() throws IOException {
        try (Socket client = server.connect()) {
            OutputStream out = client.getOutputStream();
            InputStream in = client.getInputStream();
            for (byte b : "byte by byte\n".getBytes(UTF_8)) {
                out.write(b);
                assertThat(in.read()).isEqualTo(b & 0xff); // back before the next byte is even sent
            }
        }
    }

    @Test
    void echoes_1_MiB_of_binary_data_while_the_client_is_still_sending() throws Exception {
        byte[] data = new byte[1 << 20];
        new Random(1).nextBytes(data);
        try (Socket client = server.connect()) {
            OutputStream out = client.getOutputStream();
            CompletableFuture<Void> sending = Background.run("sender", () -> {
                for (int offset = 0; offset < data.length; offset += 4096) {
                    out.write(data, offset, 4096);
                }
            });
            // No half-close yet: a server that waited for the end of the input would send nothing back.
            assertThat(readExactly(client, data.length)).isEqualTo(data);
            sending.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void finishes_echoing_and_closes_after_a_half_close() throws IOException {
        byte[] sent = "first\nsecond\nno newline at the end".getBytes(UTF_8);
        try (Socket client = server.connect()) {
            client.getOutputStream().write(sent);
            client.shutdownOutput();
            assertThat(client.getInputStream().readAllBytes()).isEqualTo(sent); // ends when the server closes
        }
    }

    @Test
    void serves_a_second_client_only_after_the_first_disconnects() throws IOException {
        try (Socket first = server.connect(); Socket second = server.connect()) {
            first.getOutputStream().write("first\n".getBytes(UTF_8));
            assertThat(readExactly(first, 6)).asString(UTF_8).isEqualTo("first\n");

            second.getOutputStream().write("second\n".getBytes(UTF_8));
            second.setSoTimeout(SILENCE_MILLIS);
            assertThatThrownBy(() -> second.getInputStream().read())
                    .as("the second client waits in the backlog while the first is connected")
                    .isInstanceOf(SocketTimeoutException.class);

            first.shutdownOutput();
            assertThat(first.getInputStream().read()).isEqualTo(-1);
            second.setSoTimeout(RunningEchoServer.READ_TIMEOUT_MILLIS);
            assertThat(readExactly(second, 7)).asString(UTF_8).isEqualTo("second\n");
        }
    }

    @Test
    void survives_a_client_reset_and_serves_the_next_client() throws IOException {
        try (Socket rude = server.connect()) {
            rude.getOutputStream().write("bye\n".getBytes(UTF_8));
            assertThat(readExactly(rude, 4)).asString(UTF_8).isEqualTo("bye\n");
            rude.setSoLinger(true, 0); // close() now sends RST instead of FIN
        }
        try (Socket polite = server.connect()) {
            polite.getOutputStream().write("still there?\n".getBytes(UTF_8));
            assertThat(readExactly(polite, 13)).asString(UTF_8).isEqualTo("still there?\n");
        }
        assertThat(server.log()).contains("failed: Connection reset");
    }

    @Test
    void close_stops_serve_and_closes_the_current_client() throws Exception {
        try (Socket client = server.connect()) {
            client.getOutputStream().write("hi\n".getBytes(UTF_8));
            assertThat(readExactly(client, 3)).asString(UTF_8).isEqualTo("hi\n");

            server.close(); // fails unless serve() returns within 5 s

            assertThat(client.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void close_stops_serve_while_it_waits_for_a_client() throws Exception {
        server.close(); // fails unless serve() returns within 5 s
    }
}
