package dev.chatlab.lab03;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab02.server.ChatServer;
import dev.chatlab.lab03.accounts.AccountVerifier;
import dev.chatlab.lab03.accounts.LoginThrottle;
import dev.chatlab.lab03.accounts.PasswordHasher;
import dev.chatlab.lab03.accounts.UserAccounts;
import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab03.pki.CertificateFolder;
import dev.chatlab.lab03.pki.Credential;
import dev.chatlab.lab03.pki.KitCertificates;
import dev.chatlab.lab03.pki.PemFiles;
import dev.chatlab.lab03.pki.TestPki;
import dev.chatlab.lab03.server.SecurePolicy;
import dev.chatlab.lab03.server.SecureServer;
import dev.chatlab.lab03.tls.ClientAuth;
import dev.chatlab.lab03.tls.ServerTls;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** lab03's client command, in-process against in-process servers: TLS trust, host names, mTLS, passwords. */
@Timeout(60)
class ClientCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
    private SecureServer server;
    private CertificateFolder tls;
    private KitCertificates noKit;

    @BeforeEach
    void certificates() throws Exception {
        tls = new CertificateFolder(dir.resolve("tls"));
        tls.write(TestPki.CA, TestPki.SERVER, Map.of("ana", TestPki.ANA), false);
        noKit = KitCertificates.inHome(dir.resolve("empty-home"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private int serve(String bind, Credential own, ClientAuth clientAuth, SecurePolicy policy) throws Exception {
        server = SecureServer.open(new InetSocketAddress(InetAddress.getByName(bind), 0),
                ChatServer.DEFAULT_MAX_QUEUE_BYTES,
                ServerTls.of(own, clientAuth == ClientAuth.NONE ? List.of() : List.of(TestPki.CA.certificate()), clientAuth),
                policy, new PrintStream(serverLog, true, UTF_8));
        Thread.ofPlatform().name("secure server").start(server::serve);
        return server.port();
    }

    private int serve(ClientAuth clientAuth) throws Exception {
        return serve("127.0.0.1", TestPki.SERVER, clientAuth, SecurePolicy.withoutAccounts(AbuseLimits.CONTRACT,
                new PrintStream(serverLog, true, UTF_8)));
    }

    private Lab03Run client(String... args) {
        return Lab03Run.run(noKit, "", args);
    }

    @Test
    void with_mtls_needed_a_client_without_a_certificate_exits_1_with_one_TLS_error_line() throws Exception {
        int port = serve(ClientAuth.NEED);

        Lab03Run run = client("client", "--port", "" + port, "--nick", "ana", "--ca", tls.caCertificate().toString());

        assertThat(run.exitCode()).isEqualTo(ProcessContract.FAILURE);
        assertThat(run.stderr()).matches("error: TLS: [^\\n]+\\R").contains("client certificate");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void with_mtls_needed_a_client_with_its_certificate_is_welcomed() throws Exception {
        int port = serve(ClientAuth.NEED);

        Lab03Run run = client("client", "--port", "" + port, "--nick", "ana", "--ca", tls.caCertificate().toString(),
                "--cert", tls.clientCertificate("ana").toString(), "--key", tls.clientKey("ana").toString());

        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo("* connected as ana (1 user: ana)" + System.lineSeparator());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void a_server_whose_CA_the_client_does_not_trust_is_a_TLS_failure() throws Exception {
        int port = serve(ClientAuth.NONE);
        Path other = dir.resolve("other-ca.pem");
        Files.writeString(other, PemFiles.certificatesToPem(List.of(TestPki.OTHER_CA.certificate())));

        Lab03Run run = client("client", "--port", "" + port, "--nick", "ana", "--ca", other.toString());

        assertThat(run.exitCode()).isEqualTo(ProcessContract.FAILURE);
        assertThat(run.stderr()).isEqualTo("error: TLS: certificate not trusted (unknown CA)" + System.lineSeparator());
    }

    @Test
    void a_certificate_that_does_not_name_the_host_dialled_is_a_TLS_failure() throws Exception {
        // The certificate names localhost and 127.0.0.1; the server listens on 127.0.0.2, dialled as such.
        int port = serve("127.0.0.2", TestPki.SERVER, ClientAuth.NONE,
                SecurePolicy.withoutAccounts(AbuseLimits.CONTRACT, new PrintStream(serverLog, true, UTF_8)));

        Lab03Run run = client("client", "--host", "127.0.0.2", "--port", "" + port, "--nick", "ana",
                "--ca", tls.caCertificate().toString());

        assertThat(run.exitCode()).isEqualTo(ProcessContract.FAILURE);
        assertThat(run.stderr()).isEqualTo("error: TLS: host name 127.0.0.2 does not match the certificate"
                + System.lineSeparator());
    }

    @Test
    void without_ca_and_without_a_kit_CA_the_client_says_where_it_looked() {
        Lab03Run run = client("client", "--port", "7003", "--nick", "ana");

        assertThat(run.exitCode()).isEqualTo(ProcessContract.FAILURE);
        assertThat(run.stderr()).isEqualTo("error: TLS: no --ca given and no kit CA at "
                + dir.resolve("empty-home").resolve("tls").resolve("ca.pem")
                + "; start the lab03 server once on this machine or pass --ca" + System.lineSeparator());
    }

    @Test
    void without_ca_the_client_trusts_the_kit_CA() throws Exception {
        KitCertificates kit = KitCertificates.inHome(dir.resolve("home"));
        KitCertificates.ServerFiles files = kit.serverFiles(Clock.systemUTC());
        int port = serve("127.0.0.1", PemFiles.readCredential(files.serverCertificate(), files.serverKey()),
                ClientAuth.NONE, SecurePolicy.withoutAccounts(AbuseLimits.CONTRACT, new PrintStream(serverLog, true, UTF_8)));

        Lab03Run run = Lab03Run.run(kit, "hi\n", "client", "--host", "localhost", "--port", "" + port, "--nick", "ana");

        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo(String.join(System.lineSeparator(),
                "* connected as ana (1 user: ana)", "<ana> hi", ""));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void a_password_file_logs_in_and_a_wrong_password_prints_the_refusal_and_exits_1() throws Exception {
        PasswordHasher hasher = new PasswordHasher();
        AccountVerifier verifier = new AccountVerifier(
                UserAccounts.empty().with("ana", hasher.hash("s3cret pass".toCharArray())), hasher);
        PrintStream log = new PrintStream(serverLog, true, UTF_8);
        int port = serve("127.0.0.1", TestPki.SERVER, ClientAuth.NONE,
                SecurePolicy.withAccounts(AbuseLimits.CONTRACT, verifier, new LoginThrottle(Clock.systemUTC()), log));
        Path right = Files.writeString(dir.resolve("right.txt"), "s3cret pass\nignored\n");
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "guess\n");
        String ca = tls.caCertificate().toString();

        Lab03Run welcomed = client("client", "--port", "" + port, "--nick", "ana", "--ca", ca, "--password-file", right.toString());
        Lab03Run refused = client("client", "--port", "" + port, "--nick", "ana", "--ca", ca, "--password-file", wrong.toString());

        assertThat(welcomed.stdout()).startsWith("* connected as ana");
        assertThat(welcomed.exitCode()).isZero();
        assertThat(refused.stdout()).isEqualTo("! AUTH_FAILED: Wrong nick or password." + System.lineSeparator());
        assertThat(refused.stderr()).isEqualTo("error: Wrong nick or password." + System.lineSeparator());
        assertThat(refused.exitCode()).isEqualTo(ProcessContract.FAILURE);
        assertThat(serverLog.toString(UTF_8)).doesNotContain("s3cret").doesNotContain("guess");
    }

    @Test
    void half_a_client_certificate_or_two_passwords_are_usage_errors() {
        assertThat(client("client", "--nick", "ana", "--cert", "ana.pem").exitCode()).isEqualTo(ProcessContract.USAGE);
        assertThat(client("client", "--nick", "ana", "--password=x", "--password-file", "pw.txt").exitCode())
                .isEqualTo(ProcessContract.USAGE);
        assertThat(client("client", "--nick", "ana", "--password").exitCode())
                .as("no console to ask on").isEqualTo(ProcessContract.USAGE);
    }
}
