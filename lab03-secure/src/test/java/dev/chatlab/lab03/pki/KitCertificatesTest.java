package dev.chatlab.lab03.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitCertificatesTest {

    @TempDir
    Path home;

    @Test
    void the_first_use_creates_a_ca_and_a_localhost_certificate_and_later_uses_reuse_them() throws Exception {
        KitCertificates kit = KitCertificates.inHome(home);

        KitCertificates.ServerFiles first = kit.serverFiles(Clock.systemUTC());
        KitCertificates.ServerFiles second = kit.serverFiles(Clock.systemUTC());

        assertThat(first.created()).isTrue();
        assertThat(second.created()).isFalse();
        assertThat(second.caFingerprint()).isEqualTo(first.caFingerprint());
        assertThat(first.caCertificate()).isEqualTo(home.resolve("tls/ca.pem"));
        assertThat(first.caFingerprint().hex()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("tls"))))
                .isEqualTo("rwx------");
        assertThat(PemFiles.readCredential(first.serverCertificate(), first.serverKey()).certificate()
                .getSubjectAlternativeNames()).hasSize(2);
        assertThat(kit.caCertificateForClient()).isEqualTo(first.caCertificate());
        assertThat(first.describe()).contains(first.caCertificate().toString(), first.caFingerprint().hex());
    }

    @Test
    void an_incomplete_set_is_an_error_naming_the_missing_file_and_nothing_is_overwritten() throws Exception {
        KitCertificates kit = KitCertificates.inHome(home);
        KitCertificates.ServerFiles files = kit.serverFiles(Clock.systemUTC());
        Files.delete(files.serverKey());
        String ca = Files.readString(files.caCertificate());

        assertThatThrownBy(() -> kit.serverFiles(Clock.systemUTC()))
                .hasMessage(home.resolve("tls") + " holds an incomplete certificate set: server-key.pem is missing"
                        + " (restore it, or delete the folder to create a new CA)");
        assertThat(files.caCertificate()).hasContent(ca);
        assertThat(files.serverKey()).doesNotExist();
    }

    @Test
    void a_client_without_ca_before_any_server_ran_is_told_what_to_do() {
        KitCertificates kit = KitCertificates.inHome(home);

        assertThatThrownBy(kit::caCertificateForClient).hasMessage("no --ca given and the kit has no CA yet at "
                + home.resolve("tls/ca.pem") + " (start a lab03 server without --cert first, or pass --ca FILE)");
    }

    @Test
    void chatlab_home_comes_from_the_environment_or_defaults_to_dot_chatlab_in_the_user_home() {
        assertThat(KitCertificates.fromEnvironment(Map.of("CHATLAB_HOME", "/srv/kit"), "/home/ana").folder())
                .isEqualTo(Path.of("/srv/kit/tls"));
        assertThat(KitCertificates.fromEnvironment(Map.of(), "/home/ana").folder())
                .isEqualTo(Path.of("/home/ana/.chatlab/tls"));
        assertThatThrownBy(() -> KitCertificates.fromEnvironment(Map.of("CHATLAB_HOME", " "), "/home/ana"))
                .hasMessage("CHATLAB_HOME is set but empty; unset it or name a folder");
    }
}
