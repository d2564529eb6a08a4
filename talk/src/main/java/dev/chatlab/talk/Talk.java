package dev.chatlab.talk;

import dev.chatlab.lab01.cli.ClientPortConverter;
import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab01.cli.StandardStreams;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code talk}: the kit's line-typing client, in the spirit of {@code nc} and {@code openssl s_client}.
 * It connects to a host and port over TCP, or TLS 1.3 with {@code --tls}, sends each line of stdin and
 * prints each line received. The command only checks and wires options; {@link TalkSession} runs the
 * connection, {@link TlsTransport} the TLS layer.
 *
 * <p>Exit status: 0 when the server closed after stdin ended (our half-close), 3 when the server closed
 * first, 1 with one {@code error: ...} line for a failure (cannot connect, TLS, connection lost), 2 for bad
 * usage.
 */
@Command(name = "talk",
        description = "Sends each line of stdin to HOST:PORT (TCP, or TLS 1.3 with --tls) and prints each line received.")
public final class Talk implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Server host name or address (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", required = true, converter = ClientPortConverter.class,
            description = "Server TCP port, 1-65535.")
    int port;

    @Option(names = "--tls", description = "Speak TLS 1.3, verifying the certificate chain and the host name.")
    boolean tls;

    @Option(names = "--ca", paramLabel = "FILE",
            description = "CA certificate(s) to trust, PEM (default: $CHATLAB_HOME/tls/ca.pem, ~/.chatlab by default).")
    Path ca;

    @Option(names = "--cert", paramLabel = "FILE", description = "Client certificate chain, PEM (mutual TLS).")
    Path cert;

    @Option(names = "--key", paramLabel = "FILE", description = "The client certificate's private key, PKCS#8 PEM.")
    Path key;

    @Option(names = "--servername", paramLabel = "NAME",
            description = "The name the server's certificate must hold (default: the --host).")
    String serverName;

    @Option(names = "--crlf", description = "End each line sent with \\r\\n instead of \\n.")
    boolean crlf;

    @Option(names = "--raw", description = "Send stdin's bytes as they are and print received bytes as they arrive.")
    boolean raw;

    @Option(names = "--timestamps",
            description = "Prefix each received line with the seconds since connecting, e.g. [ 0.012].")
    boolean timestamps;

    /** Runs {@code talk} and exits with the status it returns. */
    public static void main(String[] args) {
        System.exit(ProcessContract.run(new Talk(), args));
    }

    @Override
    public Integer call() {
        checkUsage();
        Transport transport = tls
                ? TlsTransport.load(trustAnchors(), cert, key, serverName != null ? serverName : host)
                : new Transport.Plain();
        StdinSender.Framing framing = raw ? StdinSender.Framing.RAW
                : crlf ? StdinSender.Framing.CRLF : StdinSender.Framing.LF;
        TalkSession session = new TalkSession(host, port, transport, framing, timestamps);
        return session.run(System.in, StandardStreams.stdout(), StandardStreams.stderr());
    }

    /** Option combinations that make no sense are usage errors (exit 2), never silently ignored. */
    private void checkUsage() {
        if (raw && (crlf || timestamps)) {
            throw usage("--raw passes bytes through untouched: it cannot be combined with --crlf or --timestamps");
        }
        if (!tls && (ca != null || cert != null || key != null || serverName != null)) {
            throw usage("--ca, --cert, --key and --servername need --tls");
        }
        if ((cert == null) != (key == null)) {
            throw usage("--cert and --key go together: a client certificate needs its private key");
        }
    }

    /** The {@code --ca} file, else the kit CA that {@code ./chatlab lab03 server} creates on its first run. */
    private Path trustAnchors() {
        if (ca != null) {
            return ca;
        }
        String home = System.getenv("CHATLAB_HOME");
        if (home != null && home.isBlank()) {
            throw new CommandFailedException("CHATLAB_HOME is set but empty; unset it or name a folder");
        }
        Path kitCa = (home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".chatlab"))
                .resolve("tls").resolve("ca.pem");
        if (!kitCa.toFile().isFile()) {
            throw new CommandFailedException("TLS: no CA to trust: " + kitCa + " does not exist"
                    + " (run ./chatlab lab03 server once to create the kit CA, or give --ca FILE)");
        }
        return kitCa;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
