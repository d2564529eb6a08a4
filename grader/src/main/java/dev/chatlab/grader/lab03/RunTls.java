package dev.chatlab.grader.lab03;

import dev.chatlab.grader.harness.Harness;
import dev.chatlab.grader.harness.Transport;
import dev.chatlab.grader.run.TransportKind;
import java.util.Optional;

/** The TLS transport of a lab03 grading run, which the lab03 checks vary: another protocol, a client certificate. */
final class RunTls {

    private RunTls() {
    }

    /** The run's TLS 1.3 transport, with the run's certificates; fails the check if the run is not over TLS. */
    static Transport.Tls of(Harness harness) {
        if (harness.transport() instanceof Transport.Tls tls) {
            return tls.client().isPresent() ? new Transport.Tls(tls.pki(), Optional.empty()) : tls;
        }
        throw new AssertionError("expected a grading run over TLS 1.3, but this one is over "
                + harness.transport().description() + ": lab03's checks need the run's certificates");
    }

    /** The run's transport, with clients authenticated by the run's client certificate. */
    static Transport.Tls mutual(Harness harness) {
        return of(harness).withClientCertificate(TransportKind.CLIENT_CERTIFICATE);
    }
}
