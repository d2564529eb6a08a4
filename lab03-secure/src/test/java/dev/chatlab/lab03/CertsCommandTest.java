package dev.chatlab.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab03.pki.CertificateFingerprint;
import dev.chatlab.lab03.pki.PemFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertsCommandTest {

    @TempDir
    Path folder;

    @Test
    void writes_the_files_and_prints_them_with_the_ca_fingerprint() throws Exception {
        Path out = folder.resolve("tls");

        Lab03Run run = Lab03Run.run("", "certs", "--out", out.toString(), "--host", "chat.example.org",
                "--ip", "192.0.2.7", "--ip", "2001:db8::1", "--client", "ana");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        X509Certificate ca = PemFiles.readCertificates(out.resolve("ca.pem")).get(0);
        assertThat(run.stdout()).contains(
                "wrote " + out.resolve("ca.pem") + "\n",
                "wrote " + out.resolve("client-ana-key.pem") + " (private key, owner-only)\n",
                "server names: DNS:localhost, IP:127.0.0.1, DNS:chat.example.org, IP:192.0.2.7, IP:2001:db8:0:0:0:0:0:1\n",
                "CA SHA-256 fingerprint: " + CertificateFingerprint.sha256(ca) + "\n");
        assertThat(PemFiles.readCertificates(out.resolve("server.pem")).get(0).getSubjectAlternativeNames()).hasSize(5);
        assertThat(out.resolve("client-ana.pem")).exists();
    }

    @Test
    void refuses_to_overwrite_unless_forced() throws Exception {
        Path out = folder;
        Lab03Run.run("", "certs", "--out", out.toString());
        String ca = Files.readString(out.resolve("ca.pem"));

        Lab03Run again = Lab03Run.run("", "certs", "--out", out.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.stderr()).isEqualTo("error: refusing to overwrite " + out.resolve("ca.pem")
                + " (use --force to replace it)\n");
        assertThat(out.resolve("ca.pem")).hasContent(ca);

        Lab03Run forced = Lab03Run.run("", "certs", "--out", out.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("ca.pem"))).isNotEqualTo(ca);
    }

    @Test
    void bad_names_are_usage_errors_that_say_what_was_expected() {
        for (List<String> bad : List.of(
                List.of("--ip", "10.0.0", "not an IP address: 10.0.0"),
                List.of("--ip", "example.org", "not an IP address: example.org"),
                List.of("--ip", "1:2:3", "not an IP address: 1:2:3"),
                List.of("--host", "bad_name.org", "not a host name: bad_name.org"),
                List.of("--host", "10.0.0.1", "an IP address goes with --ip, not --host: 10.0.0.1"),
                List.of("--client", "a/b", "not a nick (1 to 16 letters, digits, '_' or '-'): a/b"))) {
            Lab03Run run = Lab03Run.run("", "certs", "--out", folder.toString(), bad.get(0), bad.get(1));

            assertThat(run.exitCode()).as(bad.get(1)).isEqualTo(2);
            assertThat(run.stderr()).as(bad.get(1)).contains(bad.get(2));
        }
        Lab03Run twice = Lab03Run.run("", "certs", "--out", folder.toString(), "--client", "ana", "--client", "ANA");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.stderr()).contains("--client given twice (ignoring case): ANA");
        assertThat(folder.resolve("ca.pem")).doesNotExist();
    }
}
