package dev.chatlab.lab03.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateFolderTest {

    private static CertificateAuthority ca;
    private static Credential server;
    private static Credential ana;

    @TempDir
    Path folder;

    @BeforeAll
    static void issue() throws Exception {
        ca = CertificateAuthority.create(Clock.systemUTC());
        server = ca.issue(CertificateProfile.Server.localhost());
        ana = ca.issue(new CertificateProfile.Client("ana"));
    }

    @Test
    void writes_the_kit_file_names_with_private_keys_owner_only() throws Exception {
        CertificateFolder files = new CertificateFolder(folder.resolve("new"));

        List<Path> written = files.write(ca, server, Map.of("ana", ana), false);

        assertThat(written).extracting(file -> file.getFileName().toString()).containsExactly(
                "ca.pem", "ca-key.pem", "server.pem", "server-key.pem", "client-ana.pem", "client-ana-key.pem");
        for (Path key : List.of(files.caKey(), files.serverKey(), files.clientKey("ana"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).as(key.toString())
                    .isEqualTo("rw-------");
        }
        assertThat(PemFiles.readCertificates(files.clientCertificate("ana"))).isEqualTo(ana.chain());
    }

    @Test
    void refuses_to_overwrite_and_then_writes_nothing() throws Exception {
        CertificateFolder files = new CertificateFolder(folder);
        Files.writeString(files.serverKey(), "mine");

        assertThatThrownBy(() -> files.write(ca, server, Map.of(), false))
                .isInstanceOf(FileAlreadyExistsException.class).hasMessage(files.serverKey().toString());
        assertThat(files.caCertificate()).doesNotExist();
        assertThat(files.serverKey()).hasContent("mine");
    }

    @Test
    void replaces_existing_files_when_asked_and_keys_become_owner_only() throws Exception {
        CertificateFolder files = new CertificateFolder(folder);
        Files.writeString(files.serverKey(), "mine");
        Files.setPosixFilePermissions(files.serverKey(), PosixFilePermissions.fromString("rw-r--r--"));

        files.write(ca, server, Map.of(), true);

        assertThat(PemFiles.readPrivateKey(files.serverKey()).getEncoded()).isEqualTo(server.key().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.serverKey())))
                .isEqualTo("rw-------");
    }
}
