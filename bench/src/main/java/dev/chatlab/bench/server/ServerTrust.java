package dev.chatlab.bench.server;

import dev.chatlab.bench.load.RunFailedException;
import dev.chatlab.bench.net.TlsTrust;
import dev.chatlab.bench.net.TransportFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Which transport a server's clients use, and for TLS which CA they trust: the file given with {@code --ca},
 * else the kit CA that lab03's and lab04's servers create on their first run and reuse later,
 * {@code $CHATLAB_HOME/tls/ca.pem} ({@code CHATLAB_HOME} defaulting to {@code ~/.chatlab}), as a lab03 client
 * given no {@code --ca} trusts it. A server the bench starts inherits the bench's environment, so both find
 * the same folder. The CA is read when a run starts, after its server has printed {@code LISTENING}.
 */
public final class ServerTrust {

    private final Path ca;
    private final Path kitCa;

    /**
     * Trust for one bench command.
     *
     * @param ca          the CA file of {@code --ca}, or null for the kit CA
     * @param environment where {@code CHATLAB_HOME} is looked up (the process's environment)
     * @param userHome    the home folder for the default {@code ~/.chatlab}
     * @throws RunFailedException if {@code CHATLAB_HOME} is set but blank
     */
    public ServerTrust(Path ca, Map<String, String> environment, String userHome) {
        this.ca = ca;
        String home = Objects.requireNonNull(environment, "environment").get("CHATLAB_HOME");
        if (home != null && home.isBlank()) {
            throw new RunFailedException("CHATLAB_HOME is set but empty; unset it or name a folder");
        }
        Objects.requireNonNull(userHome, "userHome");
        this.kitCa = (home != null ? Path.of(home) : Path.of(userHome, ".chatlab")).resolve("tls").resolve("ca.pem");
    }

    /** The CA file that TLS clients trust: {@code --ca}'s, else the kit CA's. */
    public Path caFile() {
        return ca != null ? ca : kitCa;
    }

    /**
     * The transport for the clients of a server: plain TCP, or TLS trusting {@link #caFile()}.
     *
     * @throws RunFailedException if the CA file is missing (with what to do about it) or cannot be read
     */
    public TransportFactory transportFor(boolean tls) {
        if (!tls) {
            return TransportFactory.PLAIN;
        }
        Path file = caFile();
        if (ca == null && !Files.exists(file)) {
            throw new RunFailedException("no --ca given and the kit has no CA yet at " + file
                    + " (start a lab03 server without --cert first, or pass --ca FILE)");
        }
        try {
            return TlsTrust.fromPem(file);
        } catch (IOException e) {
            throw new RunFailedException(e.getMessage(), e);
        }
    }
}
