package dev.chatlab.lab03.pki;

import static dev.chatlab.lab03.pki.TestPki.CA;
import static dev.chatlab.lab03.pki.TestPki.SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemFilesTest {

    @TempDir
    Path folder;

    @Test
    void a_written_chain_and_key_read_back_as_they_were() throws Exception {
        CertificateFolder files = new CertificateFolder(folder);
        files.write(CA, SERVER, Map.of(), false);

        Credential read = PemFiles.readCredential(files.serverCertificate(), files.serverKey());

        assertThat(read.chain()).isEqualTo(SERVER.chain());
        assertThat(read.key().getEncoded()).isEqualTo(SERVER.key().getEncoded());
        assertThat(Files.readString(files.serverKey())).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(files.serverCertificate())).startsWith("-----BEGIN CERTIFICATE-----\n");
    }

    @Test
    void a_file_without_a_certificate_is_named_in_the_error() throws Exception {
        Path empty = Files.writeString(folder.resolve("ca.pem"), "hello\n");

        assertThatThrownBy(() -> PemFiles.readCertificates(empty)).hasMessage(empty + ": no certificate");
    }

    @Test
    void a_certificate_is_not_a_private_key() throws Exception {
        Path certificate = Files.writeString(folder.resolve("server-key.pem"),
                PemFiles.certificatesToPem(List.of(CA.certificate())));

        assertThatThrownBy(() -> PemFiles.readPrivateKey(certificate))
                .hasMessage(certificate + ": not a PKCS#8 private key");
    }

    @Test
    void a_traditional_ec_key_is_refused_with_the_command_that_converts_it() throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(SERVER.key()); // Bouncy Castle writes the traditional "EC PRIVATE KEY" form
        }
        assertThat(text.toString()).startsWith("-----BEGIN EC PRIVATE KEY-----");
        Path legacy = Files.writeString(folder.resolve("key.pem"), text.toString());

        assertThatThrownBy(() -> PemFiles.readPrivateKey(legacy))
                .hasMessageStartingWith(legacy + ": not a PKCS#8 private key; convert it with: openssl pkcs8 -topk8");
    }

    @Test
    void a_missing_file_is_named_in_the_error() {
        Path missing = folder.resolve("nowhere.pem");

        assertThatThrownBy(() -> PemFiles.readCertificates(missing)).hasMessage(missing + ": no such file");
    }

    @Test
    void a_key_that_belongs_to_another_certificate_is_refused() throws Exception {
        CertificateFolder files = new CertificateFolder(folder);
        files.write(CA, SERVER, Map.of(), false);

        assertThatThrownBy(() -> PemFiles.readCredential(files.serverCertificate(), files.caKey()))
                .hasMessage(files.caKey() + ": this key does not belong to the certificate in " + files.serverCertificate());
    }
}
