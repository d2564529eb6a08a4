package dev.chatlab.lab03.pki;

import static dev.chatlab.lab03.pki.TestPki.ANA;
import static dev.chatlab.lab03.pki.TestPki.CA;
import static dev.chatlab.lab03.pki.TestPki.SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateFolderTest {

    @TempDir
    Path folder;

    @Test
    void writes_the_kit_file_names_with_private_keys_owner_only() throws Exception {
        CertificateFolder files = new CertificateFolder(folder.resolve("new"));

        List<Path> written = files.write(CA, SERVER, Map.of("ana", ANA), false);

        assertThat(written).extracting(file -> file.getFileName().toString()).containsExactly(
                "ca.pem", "ca-key.pem", "server.pem", "server-key.pem", "client-ana.pem", "client-ana-key.pem");
        for (Path key : List.of(files.caKey(), files.serverKey(), files.clientKey("ana"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).as(key.toString())
                    .isEqualTo("rw-------");
        }
        assertThat(PemFiles.readCertificates(files.clientCertificate("ana"))).isEqualTo(ANA.chain());
    }

    @Test
    void refuses_to_overwrite_and_then_writes_nothing() throws Exception {
        CertificateFolder files = new CertificateFolder(folder);
        Files.writeString(files.serverKey(), "mine");

        assertThatThrownBy(() -> files.write(CA, SERVER, Map.of(), false))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessage(files.serverKey().toString());
        assertThat(files.caCertificate()).doesNotExist();
        assertThat(files.serverKey()).hasContent("mine");
    }

    @Test
    void replaces_existing_files_when_asked_and_keys_become_owner_only() throws Exception {
        CertificateFolder files = new CertificateFolder(folder);
        Files.writeString(files.serverKey(), "mine");
        Files.setPosixFilePermissions(files.serverKey(), PosixFilePermissions.fromString("rw-r--r--"));

        files.write(CA, SERVER, Map.of(), true);

        assertThat(PemFiles.readPrivateKey(files.serverKey()).getEncoded()).isEqualTo(SERVER.key().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.serverKey())))
                .isEqualTo("rw-------");
    }
}
