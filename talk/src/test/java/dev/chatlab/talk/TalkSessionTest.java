package dev.chatlab.talk;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.lab01.cli.CommandFailedException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code talk} over plain TCP, in-process, against small servers on 127.0.0.1. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TalkSessionTest {

    private static final String NL = System.lineSeparator();

    private final Captured stdout = new Captured();
    private final Captured stderr = new Captured();

    @Test
    void sends_each_line_with_lf_and_prints_each_echoed_line_then_exits_0() throws Exception {
        try (PeerServer server = PeerServer.plain(PeerServer.ECHO)) {
            assertThat(run(server, StdinSender.Framing.LF, false, "héllo\nwörld ✓\n")).isZero();
            assertThat(stdout.text()).isEqualTo("héllo" + NL + "wörld ✓" + NL);
            server.awaitServed();
        }
    }

    @Test
    void crlf_ends_each_line_sent_with_cr_lf() throws Exception {
        AtomicReference<String> received = new AtomicReference<>();
        try (PeerServer server = PeerServer.plain(client -> {
            received.set(new String(client.getInputStream().readAllBytes(), UTF_8));
        })) {
            assertThat(run(server, StdinSender.Framing.CRLF, false, "a\nb\n")).isZero();
            server.awaitServed();
        }
        assertThat(received.get()).isEqualTo("a\r\nb\r\n");
    }

    @Test
    void raw_sends_stdin_bytes_unchanged_and_prints_received_bytes_without_adding_line_ends() throws Exception {
        byte[] input = {'n', 'o', ' ', 'e', 'n', 'd', '\r', 0, (byte) 0xff};
        try (PeerServer server = PeerServer.plain(PeerServer.ECHO)) {
            assertThat(run(server, StdinSender.Framing.RAW, false, new ByteArrayInputStream(input))).isZero();
            server.awaitServed();
        }
        assertThat(stdout.bytes()).isEqualTo(input);
    }

    @Test
    void half_closes_at_the_end_of_stdin_and_prints_what_the_server_sends_after_it() throws Exception {
        try (PeerServer server = PeerServer.plain(client -> {
            byte[] all = client.getInputStream().readAllBytes();  // returns only at our half-close
            client.getOutputStream().write(("got " + all.length + " bytes\n").getBytes(UTF_8));
        })) {
            assertThat(run(server, StdinSender.Framing.LF, false, "one\ntwo\n")).isZero();
            server.awaitServed();
        }
        assertThat(stdout.text()).isEqualTo("got 8 bytes" + NL);
    }

    @Test
    void prints_each_line_as_soon_as_it_is_complete_and_exits_3_when_the_server_closes_first() throws Exception {
        CountDownLatch firstPrinted = new CountDownLatch(1);
        try (PeerServer server = PeerServer.plain(client -> {
            client.setTcpNoDelay(true);
            for (byte b : "first\nla".getBytes(UTF_8)) {
                client.getOutputStream().write(b);               // one byte at a time
            }
            if (!firstPrinted.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("the first line was not printed before the rest came");
            }
            client.getOutputStream().write("st".getBytes(UTF_8)); // a last line without '\n', then close
        });
             PipedOutputStream keyboard = new PipedOutputStream()) {
            InputStream neverEnds = new PipedInputStream(keyboard); // a user who has typed nothing yet
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                    () -> session(server, StdinSender.Framing.LF, false).run(neverEnds, stdout, stderr.printStream()));
            stdout.awaitText("first" + NL);
            assertThat(stdout.text()).isEqualTo("first" + NL);
            firstPrinted.countDown();
            assertThat(exit.get(10, TimeUnit.SECONDS)).isEqualTo(TalkSession.SERVER_CLOSED_FIRST);
            server.awaitServed();
        }
        assertThat(stdout.text()).isEqualTo("first" + NL + "last" + NL);
        assertThat(stderr.text()).endsWith("closed the connection before the end of stdin" + NL);
    }

    @Test
    void timestamps_prefix_each_received_line_with_the_seconds_since_connecting() throws Exception {
        try (PeerServer server = PeerServer.plain(PeerServer.ECHO)) {
            assertThat(run(server, StdinSender.Framing.LF, true, "a\nb\n")).isZero();
            server.awaitServed();
        }
        assertThat(stdout.text().split(NL)).hasSize(2)
                .allMatch(line -> line.matches("\\[ *[0-9]+\\.[0-9]{3}] [ab]"));
    }

    @Test
    void prints_a_line_longer_than_1_MiB_in_pieces_with_a_note_and_keeps_every_byte() throws Exception {
        String longLine = "x".repeat(3 * ReceivedPrinter.MAX_LINE_BYTES + 7);
        try (PeerServer server = PeerServer.plain(client -> {
            client.getInputStream().readAllBytes();
            client.getOutputStream().write((longLine + "\nshort\n").getBytes(UTF_8));
        })) {
            assertThat(run(server, StdinSender.Framing.LF, false, "")).isZero();
            server.awaitServed();
        }
        assertThat(stdout.text()).isEqualTo(longLine + NL + "short" + NL);
        assertThat(stderr.text()).isEqualTo(
                "* a received line is longer than 1048576 bytes: printing it in pieces as it arrives" + NL);
    }

    @Test
    void fails_with_connection_refused_when_nothing_listens() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        TalkSession session = new TalkSession("127.0.0.1", closedPort, new Transport.Plain(),
                StdinSender.Framing.LF, false);
        assertThatThrownBy(() -> session.run(new ByteArrayInputStream(new byte[0]), stdout, stderr.printStream()))
                .isInstanceOf(CommandFailedException.class)
                .hasMessage("cannot connect to 127.0.0.1:" + closedPort + ": Connection refused");
    }

    private int run(PeerServer server, StdinSender.Framing framing, boolean timestamps, String input) {
        return run(server, framing, timestamps, new ByteArrayInputStream(input.getBytes(UTF_8)));
    }

    private int run(PeerServer server, StdinSender.Framing framing, boolean timestamps, InputStream input) {
        return session(server, framing, timestamps).run(input, stdout, stderr.printStream());
    }

    private static TalkSession session(PeerServer server, StdinSender.Framing framing, boolean timestamps) {
        return new TalkSession("127.0.0.1", server.port(), new Transport.Plain(), framing, timestamps);
    }
}
