package dev.chatlab.grader.lab03;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Connection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import dev.chatlab.grader.harness.TlsProbe;
import dev.chatlab.grader.harness.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Order;

/**
 * Grades the TLS of a lab03 chat server: TLS 1.3 and nothing older, the kit CA it makes when given no
 * certificate, a connection that is not TLS at all, and client certificates. The run's own TLS 1.3 connections
 * (every lab02 check runs over them) already prove that a good handshake works.
 */
@GradingSuite
public class SecureTransportChecks {

    /** How long a connection that must receive nothing is watched. */
    private static final Duration QUIET = Duration.ofMillis(500);

    @Check(points = 4, see = "lab03.md#what-tls-13-gives",
            hint = "Allow TLS 1.3 only: SSLParameters.setProtocols(new String[] {\"TLSv1.3\"}) on the server socket;"
                    + " a client that offers TLS 1.2 or older must fail its handshake.")
    @Order(1)
    void refuses_TLS_1_2_and_TLS_1_1_handshakes(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        Transport.Tls tls = RunTls.of(harness);
        TlsProbe.Result tls12 = server.probe(tls, "TLSv1.2");
        Expect.that(!tls12.accepted(), "the server to refuse a client that offers TLS 1.2 only", tls12.detail());
        TlsProbe.Result tls11 = server.probeTls11();
        Expect.that(!tls11.accepted(), "the server to refuse a TLS 1.1 ClientHello", tls11.detail());
        TlsProbe.Result tls13 = server.probe(tls, "TLSv1.3");
        Expect.that(tls13.accepted(), "a TLS 1.3 handshake and a pong", tls13.detail());
    }

    @Check(points = 4, see = "lab03.md#the-kits-certificates",
            hint = "With neither --cert nor --key, create a CA and a certificate for localhost and 127.0.0.1 in"
                    + " $CHATLAB_HOME/tls/ (ca.pem for the CA) on the first run, reuse them later, and print on stderr"
                    + " the CA file's path and its SHA-256 fingerprint (of the certificate's DER bytes).")
    @Order(2)
    void creates_the_kit_CA_in_CHATLAB_HOME_prints_its_fingerprint_and_reuses_it(Harness harness)
            throws Exception {
        Transport.KitCa kit = new Transport.KitCa(harness.home());
        Path ca = kit.pki().ca();
        String[] nicks = Samples.nicks(harness.random(), 2);

        ServerProcess first = harness.startServer(kit);
        Expect.that(Files.isRegularFile(ca), "the kit CA's certificate at " + ca, "no such file");
        String fingerprint = KitCaFiles.sha256Fingerprint(ca);
        KitCaFiles.expectAnnounced(first, ca, fingerprint);
        ChatConnection.connect(first).hello(nicks[0]);
        byte[] created = Files.readAllBytes(ca);
        first.terminate();
        first.awaitExit(REPLY);

        ServerProcess second = harness.startServer(kit);
        KitCaFiles.expectAnnounced(second, ca, fingerprint);
        Expect.that(Arrays.equals(created, Files.readAllBytes(ca)), "the second run to reuse " + ca,
                "a new CA, SHA-256 " + KitCaFiles.sha256Fingerprint(ca));
        ChatConnection.connect(second).hello(nicks[1]);
    }

    @Check(points = 3, see = "lab03.md#abuse-limits",
            hint = "A client that sends plain bytes fails the TLS handshake: close that connection (an"
                    + " SSLException is that client's problem only) and keep accepting and serving the others.")
    @Order(3)
    void closes_a_connection_that_is_not_TLS_and_keeps_serving_the_others(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 3);
        List<ChatConnection> room = ChatConnection.room(server, nicks[0], nicks[1]);
        Connection plain = server.connectPlain();
        plain.sendLine(ChatConnection.line("hello", "nick", nicks[2]));
        // An alert may come before the close; nothing else can, since nothing was decrypted.
        plain.discardUntilClosed(REPLY);
        room.get(0).expectNothing(QUIET);
        String text = Samples.text(harness.random());
        room.get(1).send("say", "text", text);
        room.get(0).expectMessage(nicks[1], text);
        room.get(1).expectMessage(nicks[1], text);
    }

    @Check(points = 3, see = "lab03.md#how-a-client-decides-to-trust-a-server",
            hint = "With --client-ca ca.pem --client-auth need, trust that CA for client certificates and call"
                    + " setNeedClientAuth(true): a client without a certificate fails (in TLS 1.3, on its first read).")
    @Order(4)
    void demands_a_client_certificate_with_client_auth_need(Harness harness) throws IOException {
        Transport.Tls mutual = RunTls.mutual(harness);
        ServerProcess server = harness.startServer(mutual);
        TlsProbe.Result anonymous = server.probe(RunTls.of(harness), "TLSv1.3");
        Expect.that(!anonymous.accepted(), "the server to refuse a client without a certificate",
                anonymous.detail());
        ChatConnection.connect(server).hello(Samples.nicks(harness.random(), 1)[0]);
    }
}
