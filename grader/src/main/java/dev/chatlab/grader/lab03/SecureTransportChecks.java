package dev.chatlab.grader.lab03;

import static dev.chatlab.grader.chat.ChatConnection.REPLY;
import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.chat.Samples;
import dev.chatlab.grader.check.Check;
import dev.chatlab.grader.check.GradingSuite;
import dev.chatlab.grader.harness.Connection;
import dev.chatlab.grader.harness.Expect;
import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.ServerProcess;
import dev.chatlab.grader.harness.TlsProbe;
import dev.chatlab.grader.harness.Transcript;
import dev.chatlab.grader.harness.Transport;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.fault.FlipSpec;
import dev.chatlab.relay.link.RelayLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Order;
import tools.jackson.databind.JsonNode;

/**
 * Grades the TLS of a lab03 chat server: TLS 1.3 and nothing older, the kit CA it makes when given no
 * certificate, a connection that is not TLS at all, client certificates, and, through the grader's relay, a
 * record changed on the way and what an eavesdropper captures. The run's own TLS 1.3 connections (every lab02
 * check runs over them) already prove that a good handshake works.
 */
@GradingSuite
public class SecureTransportChecks {

    /** How long a connection that must receive nothing is watched. */
    private static final Duration QUIET = Duration.ofMillis(500);
    /** Bytes the relay keeps of each direction of each connection: all of the capture check's exchange. */
    private static final int CAPTURE_BYTES = 1 << 20;
    /** Where in the next record the relay flips a bit: past its 5-byte header, inside the ciphertext. */
    private static final int FLIP_INTO_RECORD = 16;

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

    @Check(points = 3, see = "lab03.md#what-tls-13-gives",
            hint = "TLS refuses a record whose authentication tag does not match: the read throws an SSLException."
                    + " Treat it like any failed read: close that connection and announce left disconnect; never"
                    + " deliver anything of a frame that did not arrive whole.")
    @Order(5)
    void aborts_a_connection_whose_TLS_record_was_changed_and_delivers_nothing_of_it(Harness harness)
            throws IOException {
        ServerProcess server = harness.startServer();
        String[] nicks = Samples.nicks(harness.random(), 2);
        ChatConnection watcher = ChatConnection.room(server, nicks[0]).getFirst();
        Relay relay = harness.startRelay(server, 0);
        ChatConnection tampered = new ChatConnection(server.connectThrough(relay));
        tampered.hello(nicks[1]);
        Expect.equal("the nick in `joined`", nicks[1], string(watcher.expect("joined"), "nick"));

        RelayLink link = relay.links().open().getFirst();
        OptionalLong offset = relay.faults().flip(link.id(), Direction.UP,
                FlipSpec.at(link.bytes(Direction.UP) + FLIP_INTO_RECORD));
        harness.transcript().note("relay", "flips one bit of the next record up, at offset " + offset);
        String text = Samples.text(harness.random());
        tampered.send("say", "text", text);
        // The server may send an alert first; it must close this connection.
        tampered.raw().discardUntilClosed(REPLY);
        Expect.that(link.flippedAt(Direction.UP).isPresent(), "the relay to have flipped a bit of the say",
                "no flip (the say was shorter than " + FLIP_INTO_RECORD + " bytes?)");
        // The watcher may see the tampered sender leave, at any point, and nothing else of it.
        watcher.send("ping", "token", "after the tampering");
        skipLeftOf(watcher, nicks[1], "pong");
        watcher.send("say", "text", "still here");
        JsonNode own = skipLeftOf(watcher, nicks[1], "message");
        Expect.equal("the text of the watcher's own message", "still here", string(own, "text"));
    }

    /** The next frame of {@code type} that {@code watcher} reads, passing over a left of {@code gone} only. */
    private static JsonNode skipLeftOf(ChatConnection watcher, String gone, String type) throws IOException {
        for (JsonNode frame = watcher.next(REPLY); ; frame = watcher.next(REPLY)) {
            if (type.equals(ChatConnection.type(frame))) {
                return frame;
            }
            Expect.that("left".equals(ChatConnection.type(frame)) && gone.equals(string(frame, "nick")),
                    "nothing from the tampered connection but its left", ChatConnection.show(frame));
        }
    }

    @Check(points = 3, see = "lab03.md#the-threat-model",
            hint = "Every byte must go through the TLS socket: a hello, a message or a nick written to the plain"
                    + " socket (or before the handshake) is readable by anyone on the path.")
    @Order(6)
    void never_shows_a_text_or_a_nick_in_clear_on_the_wire(Harness harness) throws IOException {
        ServerProcess server = harness.startServer();
        Random random = harness.random();
        Relay relay = harness.startRelay(server, CAPTURE_BYTES);
        String[] nicks = Samples.nicks(random, 2);
        for (int i = 0; i < nicks.length; i++) {
            nicks[i] = nicks[i] + "_" + (1000 + random.nextInt(9000)); // long enough never to occur by chance
        }
        ChatConnection first = new ChatConnection(server.connectThrough(relay));
        first.hello(nicks[0]);
        ChatConnection second = new ChatConnection(server.connectThrough(relay));
        second.hello(nicks[1]);
        Expect.equal("the nick in `joined`", nicks[1], string(first.expect("joined"), "nick"));
        String said = "the plan is " + Samples.text(random) + " at " + random.nextInt(10_000);
        String whispered = "psst, the key is " + random.nextInt(1_000_000);
        first.send("say", "text", said);
        second.expectMessage(nicks[0], said);
        first.expectMessage(nicks[0], said);
        second.send("whisper", "to", nicks[0], "text", whispered);
        Expect.equal("the text of the whisper", whispered, string(first.expect("whisper"), "text"));
        second.expect("whisper");

        List<String> secrets = List.of(nicks[0], nicks[1], said, whispered);
        long captured = 0;
        for (RelayLink link : relay.links().open()) {
            for (Direction direction : List.of(Direction.UP, Direction.DOWN)) {
                byte[] wire = link.capture(direction);
                captured += wire.length;
                for (String secret : secrets) {
                    Expect.that(indexOf(wire, secret.getBytes(StandardCharsets.UTF_8)) < 0,
                            "no plaintext on the wire", Transcript.quote(secret) + " in clear, link " + link.id()
                            + " " + direction.word());
                }
            }
        }
        harness.transcript().note("relay", "captured " + captured + " bytes, none of them plaintext");
        Expect.that(captured > 0, "the exchange captured by the relay", "no bytes");
    }

    private static int indexOf(byte[] data, byte[] part) {
        for (int i = 0; i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
