package dev.chatlab.lab03.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {

    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final int DNS = 2;
    private static final int IP = 7;

    private static CertificateAuthority ca;
    private static Credential server;
    private static Credential client;

    @BeforeAll
    static void issue() throws Exception {
        ca = CertificateAuthority.create(Clock.systemUTC());
        server = ca.issue(new CertificateProfile.Server(List.of("chat.example.org"),
                List.of(InetAddress.getByName("10.0.0.5"), InetAddress.getByName("::1"))));
        client = ca.issue(new CertificateProfile.Client("ana"));
    }

    @Test
    void the_ca_is_a_self_signed_ca_that_may_only_sign_certificates() throws Exception {
        X509Certificate certificate = ca.certificate();

        certificate.verify(certificate.getPublicKey());
        assertThat(certificate.getBasicConstraints()).as("CA:TRUE, pathlen 0").isZero();
        assertThat(certificate.getCriticalExtensionOIDs()).contains("2.5.29.19", "2.5.29.15");
        boolean[] usage = certificate.getKeyUsage();
        assertThat(usage[5]).as("keyCertSign").isTrue();
        assertThat(usage[6]).as("cRLSign").isTrue();
        assertThat(usage[0]).as("digitalSignature").isFalse();
        assertThat(certificate.getExtensionValue("2.5.29.14")).as("subject key identifier").isNotNull();
    }

    @Test
    void the_server_chain_validates_against_the_ca_alone() throws Exception {
        assertThat(server.chain()).hasSize(2).element(1).isEqualTo(ca.certificate());

        assertThat(validate(server)).isNotNull();
        assertThat(validate(client)).isNotNull();
    }

    @Test
    void the_server_certificate_names_localhost_127_0_0_1_and_every_extra_name_for_server_auth() throws Exception {
        X509Certificate leaf = server.certificate();

        assertThat(leaf.getSubjectAlternativeNames()).containsExactly(
                List.of(DNS, "localhost"), List.of(IP, "127.0.0.1"), List.of(DNS, "chat.example.org"),
                List.of(IP, "10.0.0.5"), List.of(IP, "0:0:0:0:0:0:0:1"));
        assertThat(leaf.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
        assertThat(leaf.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(leaf.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(leaf.getKeyUsage()[5]).as("keyCertSign").isFalse();
        assertThat(leaf.getExtensionValue("2.5.29.14")).as("subject key identifier").isNotNull();
        assertThat(leaf.getExtensionValue("2.5.29.35")).as("authority key identifier").isNotNull();
    }

    @Test
    void a_client_certificate_is_named_after_its_client_for_client_auth() throws Exception {
        X509Certificate leaf = client.certificate();

        assertThat(leaf.getSubjectX500Principal().getName()).isEqualTo("CN=ana");
        assertThat(leaf.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
        assertThat(leaf.getSubjectAlternativeNames()).isNull();
        assertThat(client.keyMatchesCertificate()).isTrue();
    }

    @Test
    void serial_numbers_are_random_and_positive() {
        assertThat(server.certificate().getSerialNumber()).isPositive()
                .isNotEqualTo(client.certificate().getSerialNumber())
                .isNotEqualTo(ca.certificate().getSerialNumber());
    }

    @Test
    void a_key_of_another_credential_does_not_match() {
        assertThat(new Credential(server.chain(), client.key()).keyMatchesCertificate()).isFalse();
    }

    private static PKIXCertPathValidatorResult validate(Credential leaf) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(ca.certificate(), null)));
        parameters.setRevocationEnabled(false);
        return (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX")
                .validate(factory.generateCertPath(List.of(leaf.certificate())), parameters);
    }
}
