package dev.chatlab.lab03.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files as a second implementation, openssl, reads them; skipped (with a message) where openssl is missing. */
class OpensslInteropTest {

    private static boolean opensslFound;

    @TempDir
    Path folder;

    private CertificateFolder files;
    private CertificateAuthority ca;

    @BeforeAll
    static void findOpenssl() {
        try {
            opensslFound = new ProcessBuilder("openssl", "version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            opensslFound = false;
        }
    }

    @BeforeEach
    void writeFiles() throws Exception {
        Assumptions.assumeTrue(opensslFound, "openssl is not on the PATH: the interoperability checks are skipped");
        ca = CertificateAuthority.create(Clock.systemUTC());
        files = new CertificateFolder(folder);
        files.write(ca, ca.issue(new CertificateProfile.Server(List.of("chat.example.org"),
                List.of(InetAddress.getByName("10.1.2.3")))), Map.of("ana", ca.issue(new CertificateProfile.Client("ana"))), false);
    }

    @Test
    void openssl_verifies_the_server_and_client_chains_against_the_ca() throws Exception {
        String out = openssl("verify", "-CAfile", files.caCertificate().toString(),
                files.serverCertificate().toString(), files.clientCertificate("ana").toString());

        assertThat(out).contains(files.serverCertificate() + ": OK", files.clientCertificate("ana") + ": OK");
    }

    @Test
    void openssl_shows_the_names_and_key_usages_written() throws Exception {
        String server = openssl("x509", "-noout", "-ext", "subjectAltName,extendedKeyUsage,basicConstraints",
                "-in", files.serverCertificate().toString());
        String client = openssl("x509", "-noout", "-ext", "extendedKeyUsage", "-subject",
                "-in", files.clientCertificate("ana").toString());
        String authority = openssl("x509", "-noout", "-ext", "basicConstraints,keyUsage",
                "-in", files.caCertificate().toString());

        assertThat(server).contains("DNS:localhost, IP Address:127.0.0.1, DNS:chat.example.org, IP Address:10.1.2.3",
                "TLS Web Server Authentication", "CA:FALSE");
        assertThat(client).contains("TLS Web Client Authentication", "CN = ana");
        assertThat(authority).contains("critical", "CA:TRUE", "Certificate Sign, CRL Sign");
    }

    @Test
    void openssl_prints_the_same_fingerprint_and_reads_the_keys_as_pkcs8() throws Exception {
        String fingerprint = openssl("x509", "-noout", "-fingerprint", "-sha256", "-in", files.caCertificate().toString());
        String key = openssl("pkey", "-noout", "-text", "-in", files.serverKey().toString());

        assertThat(fingerprint.strip()).isEqualTo("sha256 Fingerprint=" + CertificateFingerprint.sha256(ca.certificate()));
        assertThat(key).contains("ASN1 OID: prime256v1");
    }

    private static String openssl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("openssl finished").isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
