package dev.chatlab.lab03.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.lab03.pki.CertificateAuthority;
import dev.chatlab.lab03.pki.Credential;
import dev.chatlab.lab03.pki.TestPki;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real TLS handshakes on 127.0.0.1 between the kit's server and client contexts (and a few that are not). */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TlsHandshakeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final CertificateAuthority ca = TestPki.CA;
    private static final Credential server = TestPki.SERVER;
    private static final Credential ana = TestPki.ANA;
    private static final CertificateAuthority otherCa = TestPki.OTHER_CA;

    @Test
    void a_client_dialling_localhost_or_127_0_0_1_gets_a_tls_1_3_connection() throws Exception {
        try (TlsTestServer tls = new TlsTestServer(plainServer().serverSocketFactory())) {
            for (String host : List.of("localhost", "127.0.0.1")) {
                try (SSLSocket socket = trustingCa(null).connect(host, tls.port(), TIMEOUT)) {
                    assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
                    assertThat(firstLine(socket)).isEqualTo("welcome");
                    assertThat(tls.nextOutcome()).isEqualTo("anonymous");
                }
            }
        }
    }

    @Test
    void a_host_name_or_address_that_the_certificate_does_not_hold_is_refused() throws Exception {
        try (TlsTestServer tls = new TlsTestServer(plainServer().serverSocketFactory())) {
            assertThatThrownBy(() -> trustingCa(null).connect(tls.address(), "localhostx", TIMEOUT))
                    .isInstanceOf(TlsFailure.class).hasMessage("host name localhostx does not match the certificate");
            assertThatThrownBy(() -> trustingCa(null).connect(tls.address(), "10.9.9.9", TIMEOUT))
                    .isInstanceOf(TlsFailure.class).hasMessage("host name 10.9.9.9 does not match the certificate");
        }
    }

    @Test
    void a_server_whose_ca_the_client_does_not_trust_is_refused() throws Exception {
        try (TlsTestServer tls = new TlsTestServer(plainServer().serverSocketFactory())) {
            ClientTls trustingAnother = ClientTls.of(List.of(otherCa.certificate()), null);

            assertThatThrownBy(() -> trustingAnother.connect("localhost", tls.port(), TIMEOUT))
                    .isInstanceOf(TlsFailure.class).hasMessage("certificate not trusted (unknown CA)");
        }
    }

    @Test
    void a_tls_1_2_client_is_refused_by_the_server() throws Exception {
        try (TlsTestServer tls = new TlsTestServer(plainServer().serverSocketFactory())) {
            SSLContext tls12 = SSLContext.getInstance("TLSv1.2");
            tls12.init(null, TlsKeyStores.trustManagers(List.of(ca.certificate())), null);
            try (SSLSocket socket = (SSLSocket) tls12.getSocketFactory().createSocket("localhost", tls.port())) {
                socket.setEnabledProtocols(new String[] {"TLSv1.2"});

                assertThatThrownBy(socket::startHandshake).isInstanceOf(SSLHandshakeException.class);
            }
            assertThat(tls.nextOutcome()).isInstanceOfSatisfying(SSLException.class, failure ->
                    assertThat(TlsFailure.of(failure, "localhost")).hasMessageStartingWith("the client does not offer TLS 1.3"));
        }
    }

    @Test
    void a_server_without_tls_1_3_is_reported_as_refusing_it() throws Exception {
        SSLContext tls12 = SSLContext.getInstance("TLSv1.2");
        tls12.init(TlsKeyStores.keyManagers(server), null, null);
        try (SSLServerSocket listener = (SSLServerSocket) tls12.getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setEnabledProtocols(new String[] {"TLSv1.2"});
            Thread.ofVirtual().start(() -> {
                try (Socket socket = listener.accept()) {
                    ((SSLSocket) socket).startHandshake();
                } catch (Exception expected) {
                    // the handshake fails: the point of the test
                }
            });

            assertThatThrownBy(() -> trustingCa(null).connect("localhost", listener.getLocalPort(), TIMEOUT))
                    .isInstanceOf(TlsFailure.class).hasMessage("server refused TLS 1.3 (protocol_version)");
        }
    }

    @Test
    void mutual_tls_refuses_a_client_without_a_certificate() throws Exception {
        try (TlsTestServer tls = new TlsTestServer(mutualServer().serverSocketFactory())) {
            // TLS 1.3: the client may finish its handshake before the server refuses; then the first read fails.
            assertThatThrownBy(() -> {
                try (SSLSocket socket = trustingCa(null).connect("localhost", tls.port(), TIMEOUT)) {
                    firstLine(socket);
                }
            }).isInstanceOfAny(SSLException.class, TlsFailure.class).satisfies(failure ->
                    assertThat(failure instanceof SSLException ssl ? TlsFailure.of(ssl, "localhost") : failure)
                            .hasMessage("the server requires a client certificate (certificate_required)"));
            assertThat(tls.nextOutcome()).isInstanceOfSatisfying(SSLException.class, failure ->
                    assertThat(TlsFailure.of(failure, "localhost"))
                            .hasMessage("the client sent no certificate, and one is required"));
        }
    }

    @Test
    void mutual_tls_accepts_a_client_certificate_signed_by_the_client_ca() throws Exception {
        try (TlsTestServer tls = new TlsTestServer(mutualServer().serverSocketFactory());
                SSLSocket socket = trustingCa(ana).connect("localhost", tls.port(), TIMEOUT)) {
            assertThat(firstLine(socket)).isEqualTo("welcome");
            assertThat(tls.nextOutcome()).isEqualTo("CN=ana");
        }
    }

    @Test
    void a_peer_that_is_not_a_tls_server_is_named_as_such() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket socket = plain.accept()) {
                    socket.getOutputStream().write("{\"type\":\"error\"}\n".getBytes(StandardCharsets.UTF_8));
                    socket.getInputStream().read();
                } catch (Exception ignored) {
                    // the client leaves
                }
            });

            assertThatThrownBy(() -> trustingCa(null).connect("localhost", plain.getLocalPort(), TIMEOUT))
                    .isInstanceOf(TlsFailure.class).hasMessage("the peer does not speak TLS (it sent something else)");
        }
    }

    @Test
    void a_server_that_never_answers_the_handshake_times_out() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> trustingCa(null).connect(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), silent.getLocalPort()), "localhost",
                    Duration.ofMillis(300)))
                    .isInstanceOf(TlsFailure.class)
                    .hasMessage("no TLS handshake within 300 ms (is the server a TLS server?)");
        }
    }

    @Test
    void the_parameters_allow_tls_1_3_only_and_check_the_host_name() throws Exception {
        assertThat(trustingCa(null).parameters().getProtocols()).containsExactly("TLSv1.3");
        assertThat(trustingCa(null).parameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
        assertThat(plainServer().parameters().getProtocols()).containsExactly("TLSv1.3");
        assertThat(plainServer().parameters().getNeedClientAuth()).isFalse();
        assertThat(mutualServer().parameters().getNeedClientAuth()).isTrue();
    }

    @Test
    void asking_for_client_certificates_without_a_client_ca_is_refused() {
        assertThatThrownBy(() -> ServerTls.of(server, List.of(), ClientAuth.NEED))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("client auth need needs a client CA");
        assertThat(ClientAuth.parse("Need")).isEqualTo(ClientAuth.NEED);
        assertThatThrownBy(() -> ClientAuth.parse("always")).hasMessage("client auth must be none, want or need: always");
    }

    private static ServerTls plainServer() throws Exception {
        return ServerTls.of(server, List.of(), ClientAuth.NONE);
    }

    private static ServerTls mutualServer() throws Exception {
        return ServerTls.of(server, List.of(ca.certificate()), ClientAuth.NEED);
    }

    private static ClientTls trustingCa(Credential own) throws Exception {
        return ClientTls.of(List.of(ca.certificate()), own);
    }

    private static String firstLine(SSLSocket socket) throws Exception {
        socket.setSoTimeout(10_000);
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }
}
