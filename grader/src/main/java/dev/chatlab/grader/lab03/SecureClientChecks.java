package dev.chatlab.grader.lab03;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;
import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.ClientProcess;
import dev.chatlab.grader.harness.Connection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.FakeServer;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.Transport;
import dev.chatlab.grader.run.TransportKind;
import dev.chatlab.grader.tls.PkiGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Order;

/**
 * Grades the trust decisions of a lab03 console client against TLS servers played by the grader: it refuses a
 * certificate for another host name, one from a CA it was not told to trust, and a server that speaks only
 * TLS 1.2, each with {@code error: TLS: ...} and exit status 1; it presents its own certificate when given one;
 * and with no {@code --ca} it trusts the kit CA in {@code $CHATLAB_HOME/tls/}.
 */
@GradingSuite
public class SecureClientChecks {

    /** How long the client under test may take to start and connect: a JVM starting on a busy machine. */
    private static final Duration START = Duration.ofSeconds(15);

    @Check(points = 4, see = "lab03.md#how-a-client-decides-to-trust-a-server",
            hint = "Check the host name, not only the chain: SSLParameters.setEndpointIdentificationAlgorithm(\"HTTPS\")"
                    + " with the host dialled as the SSLSocket's peer host; on failure print `error: TLS: ...` and exit 1.")
    @Order(1)
    void refuses_a_certificate_for_another_host_name(Harness harness) throws IOException {
        Path folder = Files.createDirectories(harness.home().resolve("other-host"));
        Transport.Tls impostor = Transport.tls(PkiGenerator.generateForHost(folder, "other.example"));
        // The client trusts the CA that signed the impostor's certificate: only the host name is wrong.
        expectRefused(harness, harness.fakeServer(impostor), impostor,
                "a certificate for other.example only, from the CA it trusts (it dialled 127.0.0.1)");
    }

    @Check(points = 3, see = "lab03.md#how-a-client-decides-to-trust-a-server",
            hint = "Trust the --ca certificate and nothing else: build the TrustManagerFactory from a KeyStore that"
                    + " holds only that CA, never the JDK's default trust store or a trust-all manager.")
    @Order(2)
    void refuses_a_certificate_from_a_CA_it_does_not_trust(Harness harness) throws IOException {
        Path folder = Files.createDirectories(harness.home().resolve("unknown-ca"));
        Transport.Tls stranger = Transport.tls(PkiGenerator.generate(folder, List.of()));
        expectRefused(harness, harness.fakeServer(stranger), RunTls.of(harness),
                "a certificate for 127.0.0.1 from a CA it was not given");
    }

    @Check(points = 2, see = "lab03.md#what-tls-13-gives",
            hint = "Allow TLS 1.3 only on the client too: setProtocols(new String[] {\"TLSv1.3\"}); a server that"
                    + " speaks only TLS 1.2 then fails the handshake, and the client exits 1.")
    @Order(3)
    void refuses_a_server_that_speaks_only_TLS_1_2(Harness harness) throws IOException {
        Transport.Tls run = RunTls.of(harness);
        String nick = Samples.nicks(harness.random(), 1)[0];
        try (FakeServer fake = harness.fakeServer(run, "TLSv1.2")) {
            ClientProcess client = harness.startClient(run, fake.port(), "--nick", nick);
            Optional<Connection> accepted = fake.acceptUnlessRefused(START);
            Expect.that(accepted.isEmpty(), "the client to refuse a server that speaks only TLS 1.2",
                    "a completed TLS 1.2 handshake");
            Expect.equal("exit status after a TLS 1.2 server", 1, client.awaitExit(START));
            expectErrorLine(client, "error: ");
        }
    }

    @Check(points = 3, see = "lab03.md#how-a-client-decides-to-trust-a-server",
            hint = "With --cert and --key, load the client's certificate chain and key into a KeyManagerFactory, so"
                    + " that the client presents them when the server asks (mutual TLS).")
    @Order(4)
    void presents_its_certificate_to_a_server_that_demands_one(Harness harness) throws IOException {
        Transport.Tls mutual = RunTls.mutual(harness);
        String nick = Samples.nicks(harness.random(), 1)[0];
        try (FakeServer fake = harness.fakeServer(mutual)) {
            ClientProcess client = harness.startClient(mutual, fake.port(), "--nick", nick);
            Connection connection = fake.accept(START);
            Expect.equal("the subject of the client's certificate", "CN=" + TransportKind.CLIENT_CERTIFICATE,
                    connection.peerCertificateSubject().orElse("no certificate"));
            expectWelcomed(client, new ChatConnection(connection), nick);
        }
    }

    @Check(points = 3, see = "lab03.md#the-kits-certificates",
            hint = "Without --ca, trust $CHATLAB_HOME/tls/ca.pem (CHATLAB_HOME defaults to ~/.chatlab): the kit CA"
                    + " that a lab03 server started without --cert creates.")
    @Order(5)
    void trusts_the_kit_CA_in_CHATLAB_HOME_without_ca(Harness harness) throws IOException {
        Transport.KitCa kit = new Transport.KitCa(harness.home());
        PkiGenerator.generate(Files.createDirectories(kit.pki().folder()), List.of());
        String nick = Samples.nicks(harness.random(), 1)[0];
        try (FakeServer fake = harness.fakeServer(kit)) {
            ClientProcess client = harness.startClient(kit, fake.port(), "--nick", nick);
            expectWelcomed(client, new ChatConnection(fake.accept(START)), nick);
        }
    }

    /**
     * Starts the client with {@code clientTrust}'s arguments against {@code fake}, and expects it to fail the
     * handshake, print a stderr line starting {@code error: TLS:} and exit with status 1.
     */
    private static void expectRefused(Harness harness, FakeServer fake, Transport.Tls clientTrust, String what)
            throws IOException {
        String nick = Samples.nicks(harness.random(), 1)[0];
        try (fake) {
            ClientProcess client = harness.startClient(clientTrust, fake.port(), "--nick", nick);
            Optional<Connection> accepted = fake.acceptUnlessRefused(START);
            Expect.that(accepted.isEmpty(), "the client to refuse " + what, "a completed handshake");
            Expect.equal("exit status after refusing the server's certificate", 1, client.awaitExit(START));
            expectErrorLine(client, "error: TLS:");
        }
    }

    private static void expectErrorLine(ClientProcess client, String start) {
        Expect.that(client.stderrTail(5).stream().anyMatch(line -> line.startsWith(start)),
                "a stderr line starting with `" + start + "`", "stderr " + client.stderrTail(5));
    }

    /** Expects the client's hello, answers welcome, and expects the client's welcome line. */
    private static void expectWelcomed(ClientProcess client, ChatConnection server, String nick) throws IOException {
        Expect.equal("the nick of the hello", nick, string(server.expect("hello"), "nick"));
        server.send("welcome", "nick", nick, "users", List.of(nick));
        client.expectLine("* connected as " + nick + " (1 user: " + nick + ")", REPLY);
    }
}
