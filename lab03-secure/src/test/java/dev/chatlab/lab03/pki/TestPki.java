package dev.chatlab.lab03.pki;

import java.security.GeneralSecurityException;
import java.time.Clock;

/** Certificates made once for all the tests that only use them: EC keys are quick, but not free. */
public final class TestPki {

    /** A CA. */
    public static final CertificateAuthority CA;
    /** A localhost server certificate signed by {@link #CA}, chain included. */
    public static final Credential SERVER;
    /** A client certificate for {@code ana} signed by {@link #CA}. */
    public static final Credential ANA;
    /** A second CA, which trusts none of the above. */
    public static final CertificateAuthority OTHER_CA;

    static {
        try {
            CA = CertificateAuthority.create(Clock.systemUTC());
            SERVER = CA.issue(CertificateProfile.Server.localhost());
            ANA = CA.issue(new CertificateProfile.Client("ana"));
            OTHER_CA = CertificateAuthority.create(Clock.systemUTC());
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TestPki() {
    }
}
