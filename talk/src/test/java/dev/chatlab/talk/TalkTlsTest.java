package dev.chatlab.talk;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.lab01.cli.CommandFailedException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code talk --tls}, in-process, against TLS servers made with a test PKI in a temporary folder. */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TalkTlsTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private final Captured stdout = new Captured();
    private final Captured stderr = new Captured();
    private TestPki.Issued ca;
    private SSLContext serverContext;

    @BeforeEach
    void makePki() throws Exception {
        ca = TestPki.ca("Test CA");
        TestPki.Issued server = TestPki.leaf(ca, "localhost", true);
        serverContext = TestPki.serverContext(server, ca, ca);
        TestPki.write(ca, dir.resolve("ca.pem"), null);
        TestPki.write(TestPki.leaf(ca, "ana", false), dir.resolve("ana.pem"), dir.resolve("ana-key.pem"));
        TestPki.write(TestPki.ca("Other CA"), dir.resolve("other-ca.pem"), null);
    }

    @Test
    void talks_tls_1_3_with_a_verified_server_half_closes_and_prints_the_summary() throws Exception {
        try (PeerServer server = PeerServer.tls(serverContext, "TLSv1.3", false, PeerServer.ECHO)) {
            assertThat(run(server, tls("ca.pem", "localhost"), "héllo\nwörld ✓\n")).isZero();
            server.awaitServed();   // the echo ended: our close_notify reached the server as its end of stream
        }
        assertThat(stdout.text()).isEqualTo("héllo" + NL + "wörld ✓" + NL);
        assertThat(stderr.text())
                .matches("\\* TLS 1\\.3, TLS_[A-Z0-9_]+, server CN=localhost, verified for localhost" + NL);
    }

    @Test
    void presents_a_client_certificate_for_mutual_tls() throws Exception {
        AtomicReference<String> peer = new AtomicReference<>();
        try (PeerServer server = PeerServer.tls(serverContext, "TLSv1.3", true, client -> {
            client.getInputStream().readAllBytes();
            peer.set(((SSLSocket) client).getSession().getPeerPrincipal().getName());
        })) {
            Transport mutual = TlsTransport.load(dir.resolve("ca.pem"), dir.resolve("ana.pem"),
                    dir.resolve("ana-key.pem"), "localhost");
            assertThat(run(server, mutual, "hi\n")).isZero();
            server.awaitServed();
        }
        assertThat(peer.get()).isEqualTo("CN=ana");
    }

    @Test
    void fails_when_the_server_requires_a_client_certificate_and_none_is_given() throws Exception {
        // In TLS 1.3 the refusal is an alert the client reads after its handshake; the server closes at once, and
        // when the reset of that close overtakes the alert, no client can tell why. So: a few tries, of which at
        // least one must name the missing certificate, and none may print anything or blame something else.
        List<String> outcomes = new ArrayList<>();
        for (int attempt = 0; attempt < 5 && outcomes.stream().noneMatch(TalkTlsTest::namesTheCertificate); attempt++) {
            try (PeerServer server = PeerServer.tls(serverContext, "TLSv1.3", true, PeerServer.ECHO)) {
                try {
                    outcomes.add("exit " + run(server, tls("ca.pem", "localhost"), "never sent\n"));
                } catch (CommandFailedException failure) {
                    outcomes.add(failure.getMessage());
                }
            }
            assertThat(stdout.text()).isEmpty();
        }
        assertThat(outcomes).anyMatch(TalkTlsTest::namesTheCertificate)
                .allMatch(outcome -> outcome.startsWith("exit ") || namesTheCertificate(outcome));
    }

    private static boolean namesTheCertificate(String outcome) {
        return outcome.startsWith("TLS: the server requires a client certificate")
                || outcome.startsWith("TLS: the server closed the connection right after the handshake")
                        && outcome.contains("client certificate");
    }

    @Test
    void refuses_a_certificate_that_does_not_hold_the_server_name() throws Exception {
        try (PeerServer server = PeerServer.tls(serverContext, "TLSv1.3", false, PeerServer.ECHO)) {
            assertTlsFailure(server, tls("ca.pem", "chat.example"),
                    "the server's certificate is not valid for this name");
        }
    }

    @Test
    void refuses_a_server_whose_certificate_does_not_chain_to_the_trusted_ca() throws Exception {
        try (PeerServer server = PeerServer.tls(serverContext, "TLSv1.3", false, PeerServer.ECHO)) {
            assertTlsFailure(server, tls("other-ca.pem", "localhost"),
                    "the server's certificate does not chain to the trusted CA (unknown CA)");
        }
    }

    @Test
    void refuses_a_server_that_speaks_only_tls_1_2() throws Exception {
        try (PeerServer server = PeerServer.tls(serverContext, "TLSv1.2", false, PeerServer.ECHO)) {
            assertTlsFailure(server, tls("ca.pem", "localhost"), "the server does not speak TLS 1.3");
        }
    }

    @Test
    void names_the_file_when_the_ca_file_is_missing() {
        assertThatThrownBy(() -> tls("missing.pem", "localhost"))
                .isInstanceOf(CommandFailedException.class)
                .hasMessage("TLS: " + dir.resolve("missing.pem") + ": no such file");
    }

    private Transport tls(String caFile, String serverName) {
        return TlsTransport.load(dir.resolve(caFile), null, null, serverName);
    }

    private void assertTlsFailure(PeerServer server, Transport transport, String reason) {
        assertThatThrownBy(() -> run(server, transport, "never sent\n"))
                .isInstanceOf(CommandFailedException.class)
                .hasMessageStartingWith("TLS: " + reason);
        assertThat(stdout.text()).isEmpty();
    }

    private int run(PeerServer server, Transport transport, String input) {
        return new TalkSession("127.0.0.1", server.port(), transport, StdinSender.Framing.LF, false)
                .run(new ByteArrayInputStream(input.getBytes(UTF_8)), stdout, stderr.printStream());
    }
}
