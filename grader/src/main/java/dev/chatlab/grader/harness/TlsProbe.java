package dev.chatlab.grader.harness;

import dev.chatlab.grader.tls.TlsContexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * A TLS client of the grader's that tries what a TLS server under test must refuse, and reports how far it got
 * instead of failing the check: a handshake offering only an old protocol, a handshake without the client
 * certificate the server demands, or a TLS 1.1 ClientHello written byte by byte (the JDK no longer speaks
 * TLS 1.1, so it cannot offer it). Each probe takes its own TCP connection and closes it.
 */
public final class TlsProbe {

    /** How long a probe waits for the server's answer. */
    static final Duration ANSWER = Duration.ofSeconds(5);

    /**
     * How far a probe got.
     *
     * @param accepted true if the server went on with the connection (a handshake done and a ping answered, or
     *                 a ServerHello to an old protocol); false if it refused (an alert, a close, a failed handshake)
     * @param detail   what happened, for a failure message: "the handshake failed: Received fatal alert: ..."
     */
    public record Result(boolean accepted, String detail) {
    }

    private TlsProbe() {
    }

    /**
     * Runs a handshake over {@code tcp} that offers {@code protocol} only, trusts {@code trust}'s CA, checks the
     * host name and presents {@code trust}'s client certificate if it has one; then sends a ping and waits for
     * its pong. In TLS 1.3 a server refuses a client certificate after the client's side of the handshake is
     * done, with an alert that the first read sees: that, too, is a refusal.
     */
    static Result attempt(Socket tcp, Transport.Tls trust, String protocol, String name, Transcript transcript)
            throws IOException {
        Optional<TlsContexts.Identity> identity = trust.client().map(client ->
                new TlsContexts.Identity(trust.pki().clientChain(client), trust.pki().clientKey(client)));
        SSLContext context = TlsContexts.create(identity, Optional.of(trust.pki().ca()));
        try (SSLSocket tls = (SSLSocket) context.getSocketFactory()
                .createSocket(tcp, tcp.getInetAddress().getHostAddress(), tcp.getPort(), true)) {
            SSLParameters parameters = TlsContexts.tls13Only(context, true);
            parameters.setProtocols(new String[] {protocol});
            tls.setSSLParameters(parameters);
            tls.setSoTimeout((int) Handshakes.TIMEOUT.toMillis());
            transcript.note(name, "offers " + protocol + " only" + (identity.isPresent() ? ", with a client"
                    + " certificate" : ", without a client certificate"));
            try {
                tls.startHandshake();
            } catch (IOException e) {
                return noted(transcript, name, new Result(false, "the handshake failed: " + reason(e)));
            }
            String negotiated = tls.getSession().getProtocol();
            transcript.note(name, "completes a handshake: " + negotiated + ", " + tls.getSession().getCipherSuite());
            byte[] ping = "{\"type\":\"ping\",\"token\":\"probe\"}\n".getBytes(StandardCharsets.UTF_8);
            tls.setSoTimeout((int) ANSWER.toMillis());
            try {
                transcript.sent(name, ping, 0, ping.length);
                tls.getOutputStream().write(ping);
                tls.getOutputStream().flush();
                byte[] answer = new byte[256];
                int n = tls.getInputStream().read(answer);
                if (n < 0) {
                    return noted(transcript, name, new Result(false, "the handshake (" + negotiated
                            + ") was followed by a close"));
                }
                transcript.received(name, answer, 0, n);
                return new Result(true, "a handshake with " + negotiated + " and an answer to a ping");
            } catch (SocketTimeoutException quiet) {
                return new Result(true, "a handshake with " + negotiated + ", and the connection kept open");
            } catch (IOException e) {
                return noted(transcript, name, new Result(false, "the handshake (" + negotiated
                        + ") was followed by: " + reason(e)));
            }
        }
    }

    /**
     * Sends a TLS 1.1 ClientHello over {@code tcp} (record and hello version 3.2, no supported_versions
     * extension, CBC suites for EC and RSA keys) and reads the first record of the answer: a ServerHello means
     * the server speaks TLS 1.1.
     */
    static Result tls11Hello(Socket tcp, String name, Transcript transcript) throws IOException {
        try (tcp) {
            byte[] hello = tls11ClientHello();
            transcript.note(name, "sends a TLS 1.1 ClientHello");
            transcript.sent(name, hello, 0, hello.length);
            tcp.getOutputStream().write(hello);
            tcp.getOutputStream().flush();
            tcp.setSoTimeout((int) ANSWER.toMillis());
            InputStream in = tcp.getInputStream();
            byte[] head = new byte[6];
            int read = 0;
            try {
                for (int n; read < head.length && (n = in.read(head, read, head.length - read)) > 0; ) {
                    read += n;
                }
            } catch (SocketTimeoutException quiet) {
                return noted(transcript, name, new Result(false, "no answer within " + Connection.show(ANSWER)));
            } catch (IOException reset) {
                return noted(transcript, name, new Result(false, "the connection was reset"));
            }
            if (read > 0) {
                transcript.received(name, head, 0, read);
            }
            if (read == head.length && head[0] == 0x16 && head[5] == 0x02) {
                return new Result(true, "a ServerHello (record version " + HexFormat.of().formatHex(head, 1, 3)
                        + ")");
            }
            if (read > 0 && head[0] == 0x15) {
                return noted(transcript, name, new Result(false, "an alert"));
            }
            return noted(transcript, name, new Result(false, read == 0 ? "a close" : "no ServerHello"));
        }
    }

    /** The bytes of a ClientHello record: for a check that sends part of one, slowly. */
    public static byte[] clientHello() {
        return tls11ClientHello();
    }

    /** A TLS 1.1 ClientHello in a TLS 1.0 record, as a client of 2006 would send it. */
    private static byte[] tls11ClientHello() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(new byte[] {0x03, 0x02});                       // client_version: TLS 1.1
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        body.writeBytes(random);
        body.write(0);                                                  // no session id
        body.writeBytes(HexFormat.of().parseHex("0008c009c013002f0035")); // four CBC suites
        body.writeBytes(new byte[] {0x01, 0x00});                       // compression: null only
        // supported_groups: secp256r1, x25519; ec_point_formats: uncompressed
        body.writeBytes(HexFormat.of().parseHex("0010" + "000a000600040017001d" + "000b00020100"));
        byte[] hello = body.toByteArray();
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.writeBytes(new byte[] {0x16, 0x03, 0x01});               // handshake record, TLS 1.0
        int handshakeLength = hello.length + 4;
        record.write(handshakeLength >> 8);
        record.write(handshakeLength);
        record.write(0x01);                                             // client_hello
        record.write(0);
        record.write(hello.length >> 8);
        record.write(hello.length);
        record.writeBytes(hello);
        return record.toByteArray();
    }

    private static Result noted(Transcript transcript, String name, Result result) {
        transcript.note(name, "is refused: " + result.detail());
        return result;
    }

    private static String reason(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
