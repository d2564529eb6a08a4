package dev.chatlab.lab04.testing;

import dev.chatlab.lab03.pki.KitCertificates;
import dev.chatlab.lab03.tls.ClientAuth;
import dev.chatlab.lab03.tls.ClientTls;
import dev.chatlab.lab03.tls.ServerTls;
import java.nio.file.Path;
import java.time.Clock;

/** A kit CA and localhost certificate made by lab03's library in a test's own folder, never the real CHATLAB_HOME. */
public record TestTls(KitCertificates kit, ServerTls server, ClientTls client) {

    /** Certificates under {@code home} (a {@code @TempDir}). */
    public static TestTls in(Path home) throws Exception {
        KitCertificates kit = KitCertificates.inHome(home);
        KitCertificates.ServerFiles files = kit.serverFiles(Clock.systemUTC());
        return new TestTls(kit, ServerTls.fromPem(files.serverCertificate(), files.serverKey(), null, ClientAuth.NONE),
                ClientTls.fromPem(files.caCertificate(), null, null));
    }
}
