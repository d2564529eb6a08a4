package dev.chatlab.grader.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.grader.tls.Pki;
import dev.chatlab.grader.tls.PkiGenerator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS transport on real loopback sockets: handshakes, half-closes and resets as the checks rely on them. */
class TlsTransportTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Transcript transcript = new Transcript();

    @Test
    void the_run_pki_has_the_contracts_file_names_and_a_private_key_only_its_owner_reads(@TempDir Path folder)
            throws IOException {
        Pki pki = PkiGenerator.generate(folder, List.of("ana"));

        assertThat(List.of(pki.ca(), pki.serverChain(), pki.serverKey(), pki.clientChain("ana"), pki.clientKey("ana")))
                .extracting(path -> path.getFileName().toString())
                .containsExactly("ca.pem", "server.pem", "server-key.pem", "client-ana.pem", "client-ana-key.pem");
        assertThat(Files.readString(pki.serverChain()).split("-----BEGIN CERTIFICATE-----")).as("leaf, then CA")
                .hasSize(3);
        assertThat(Files.readString(pki.serverKey())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(pki.serverKey())).hasSize(2);
    }

    @Test
    void a_half_close_sends_the_end_of_the_stream_and_the_peer_can_still_reply(@TempDir Path folder) throws Exception {
        Transport tls = Transport.tls(PkiGenerator.generate(folder, List.of()));
        try (Pair pair = Pair.open(tls, tls, transcript)) {
            pair.client.sendLine("last words");
            pair.client.shutdownOutput();

            assertThat(pair.server.readLine(WAIT)).isEqualTo("last words");
            pair.server.expectClosed(WAIT);
            pair.server.sendLine("still here");
            assertThat(pair.client.readLine(WAIT)).isEqualTo("still here");
        }
    }

    @Test
    void a_reset_is_a_tcp_reset_that_the_peer_sees_as_the_end_of_the_connection(@TempDir Path folder)
            throws Exception {
        Transport tls = Transport.tls(PkiGenerator.generate(folder, List.of()));
        try (Pair pair = Pair.open(tls, tls, transcript)) {
            pair.client.reset();

            pair.server.expectClosed(WAIT);
            assertThat(transcript.last(1)).singleElement().asString().contains("fake server sees the connection");
        }
    }

    @Test
    void a_client_certificate_is_presented_when_the_transport_has_one(@TempDir Path folder) throws Exception {
        Transport.Tls tls = Transport.tls(PkiGenerator.generate(folder, List.of("grader")))
                .withClientCertificate("grader");
        try (Pair pair = Pair.open(tls, tls, transcript)) {
            assertThat(pair.serverSocket.getSession().getPeerPrincipal().getName()).isEqualTo("CN=grader");
            assertThat(tls.serverArguments()).contains("--client-ca", "--client-auth", "need");
            assertThat(tls.clientArguments()).contains("--ca", "--cert", "--key");
        }
    }

    @Test
    void a_server_the_run_does_not_trust_fails_the_check_with_the_handshake_error(@TempDir Path folder)
            throws Exception {
        Transport grader = Transport.tls(PkiGenerator.generate(Files.createDirectory(folder.resolve("a")), List.of()));
        Transport stranger =
                Transport.tls(PkiGenerator.generate(Files.createDirectory(folder.resolve("b")), List.of()));

        assertThatThrownBy(() -> Pair.open(grader, stranger, transcript).close())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("client#1 expected a TLS 1.3 handshake with the server, but got: ")
                .hasMessageContaining("PKIX");
    }

    /** A connection over loopback: the grader's client side over {@code client}, a server side over {@code server}. */
    private record Pair(Connection client, Connection server, SSLSocket serverSocket) implements AutoCloseable {

        static Pair open(Transport client, Transport server, Transcript transcript) throws Exception {
            try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                Socket tcp = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                Socket accepted = listener.accept();
                CompletableFuture<Socket> serverSide = CompletableFuture.supplyAsync(() -> {
                    try {
                        return server.asServer(accepted, WAIT);
                    } catch (IOException failed) {
                        closeQuietly(accepted);
                        return accepted;
                    }
                });
                Socket clientSocket;
                try {
                    clientSocket = Handshakes.secure(client::asClient, tcp, "client#1", "the server", transcript);
                } finally {
                    serverSide.get(WAIT.toSeconds(), TimeUnit.SECONDS);
                }
                Socket serverSocket = serverSide.get();
                return new Pair(new Connection(tcp, clientSocket, "client#1", transcript),
                        new Connection(accepted, serverSocket, "fake server", transcript), (SSLSocket) serverSocket);
            }
        }

        @Override
        public void close() throws IOException {
            client.abort();
            server.abort();
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException alreadyClosed) {
                // Nothing left to close.
            }
        }
    }
}
