package dev.chatlab.grader.run;

import dev.chatlab.grader.harness.Transport;
import dev.chatlab.grader.tls.PkiGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How a lab's processes talk, as the lab declares it ({@link Lab}); each grading run turns it into the
 * {@link Transport} its target carries.
 */
public enum TransportKind {

    /** Plain TCP: lab01 and lab02. */
    PLAIN,
    /** TLS 1.3 with certificates the grader makes for the run: lab03 and lab04. */
    TLS;

    /** The name of the client certificate a TLS run makes, for checks where clients authenticate. */
    public static final String CLIENT_CERTIFICATE = "grader";

    /**
     * The transport of one grading run. For TLS, first writes the run's CA, server certificate and the
     * {@link #CLIENT_CERTIFICATE} client certificate into {@code folder}; blocks while it makes the keys.
     */
    public Transport open(Path folder) throws IOException {
        return switch (this) {
            case PLAIN -> Transport.plain();
            case TLS -> Transport.tls(PkiGenerator.generate(folder, List.of(CLIENT_CERTIFICATE)));
        };
    }
}
