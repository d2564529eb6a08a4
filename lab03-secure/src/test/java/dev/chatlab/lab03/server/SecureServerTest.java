package dev.chatlab.lab03.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** lab02's chat, over TLS 1.3 only, and the connection limit that counts from accept. */
@Timeout(30)
class SecureServerTest {

    @Test
    void two_clients_chat_over_tls_1_3() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.LIMITS);
             TlsChat ana = TlsChat.register(server.port(), "ana");
             TlsChat bob = TlsChat.register(server.port(), "bob")) {
            assertThat(ana.socket().getSession().getProtocol()).isEqualTo("TLSv1.3");
            assertThat(ana.next("joined").get("nick").stringValue()).isEqualTo("bob");

            ana.send(TlsChat.say("hello bob"));
            assertThat(bob.next("message").get("text").stringValue()).isEqualTo("hello bob");
            assertThat(ana.next("message").get("from").stringValue()).isEqualTo("ana");
            bob.send("{\"type\":\"whisper\",\"to\":\"ANA\",\"text\":\"psst\"}");
            assertThat(bob.next("whisper").get("to").stringValue()).isEqualTo("ana");
            assertThat(ana.next("whisper").get("from").stringValue()).isEqualTo("bob");
            bob.send("{\"type\":\"bye\"}");
            bob.expectClosedByServer();
            assertThat(ana.next("left").get("reason").stringValue()).isEqualTo("bye");
        }
    }

    @Test
    void a_client_that_offers_only_tls_1_2_is_refused_and_the_room_goes_on() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.LIMITS);
             TlsChat ana = TlsChat.register(server.port(), "ana");
             SSLSocket old = (SSLSocket) SSLContext.getDefault().getSocketFactory()
                     .createSocket(InetAddress.getLoopbackAddress(), server.port())) {
            old.setEnabledProtocols(new String[] {"TLSv1.2"});
            old.setSoTimeout(5_000);

            assertThatThrownBy(old::startHandshake).isInstanceOf(SSLHandshakeException.class)
                    .hasMessageContaining("protocol_version");
            ana.expectNothingPending();
        }
    }

    @Test
    void plain_bytes_to_the_port_close_that_connection_and_the_room_is_undisturbed() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.LIMITS);
             TlsChat ana = TlsChat.register(server.port(), "ana");
             TlsChat bob = TlsChat.register(server.port(), "bob");
             Socket plain = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            ana.next("joined");
            plain.setSoTimeout(5_000);
            plain.getOutputStream().write("{\"type\":\"hello\",\"nick\":\"eve\"}\n".getBytes(UTF_8));

            assertClosed(plain);
            ana.send(TlsChat.say("still here"));
            assertThat(bob.next("message").get("text").stringValue()).isEqualTo("still here");
            ana.next("message");
            ana.expectNothingPending();
            assertThat(server.log()).doesNotContain("eve").doesNotContain("bug");
        }
    }

    @Test
    void the_connection_after_max_connections_is_closed_at_once_and_a_slot_frees_when_one_closes() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.LIMITS.withMaxConnections(3))) {
            List<Socket> handshaking = new ArrayList<>();
            try (TlsChat ana = TlsChat.register(server.port(), "ana")) {
                for (int i = 0; i < 2; i++) { // connected, no handshake yet: they count
                    handshaking.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
                }
                // The backlog is first in, first out: the fourth is accepted after the two, and refused.
                try (Socket fourth = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                    assertClosed(fourth);
                }
                handshaking.removeFirst().close();
                try (TlsChat bob = connectOnceAdmitted(server.port())) {
                    bob.send(TlsChat.hello("bob", null));
                    bob.next("welcome");
                    assertThat(ana.next("joined").get("nick").stringValue()).isEqualTo("bob");
                }
            } finally {
                for (Socket socket : handshaking) {
                    socket.close();
                }
            }
        }
    }

    /**
     * A TLS connection once a slot is free: the server frees it when the closed connection's thread ends,
     * a moment after the close; until then a new connection is closed at once. Tries for at most 5 s.
     */
    private static TlsChat connectOnceAdmitted(int port) throws IOException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                return TlsChat.open(port);
            } catch (IOException refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
            }
        }
    }

    /**
     * The server closed {@code socket} (end of stream or reset) within 5 s, having sent nothing but, perhaps, a
     * TLS alert record (content type 21), as a TLS socket does when it closes before or during a handshake.
     */
    static void assertClosed(Socket socket) throws IOException {
        socket.setSoTimeout(5_000);
        InputStream in = socket.getInputStream();
        byte[] received = new byte[64];
        int length = 0;
        try {
            int read;
            while ((read = in.read(received, length, received.length - length)) > 0) {
                length += read;
                assertThat(length).as("bytes before the close").isLessThan(received.length);
            }
        } catch (SocketTimeoutException open) {
            throw new AssertionError("expected the server to close within 5 s");
        } catch (SocketException reset) {
            // closed with a reset: closed all the same
        }
        if (length > 0) {
            assertThat(received[0]).as("the record type of what came before the close: an alert").isEqualTo((byte) 21);
        }
    }
}
