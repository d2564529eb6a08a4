package dev.chatlab.lab05.web;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab01.cli.PortConverter;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab01.cli.StandardStreams;
import dev.chatlab.lab03.Lab03;
import dev.chatlab.lab03.client.TlsConnector;
import dev.chatlab.lab03.pki.CertificateFolder;
import dev.chatlab.lab03.tls.ClientTls;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code web}: the browser gateway. Serves the chat page on {@code --bind:--port} and bridges every
 * WebSocket at {@code /chat} to a TLS 1.3 connection of its own to the lab04 server at {@code --upstream}.
 * Like every kit server it prints {@code LISTENING <port>} on stdout and nothing else, logs on stderr (the
 * page's address first), and stops on SIGTERM: exit 0; 1 if it cannot listen or read the CA; 2 for bad usage.
 */
@Command(name = "web",
        description = "Serves the chat page and bridges each browser's WebSocket to the lab04 server over TLS 1.3.")
public final class WebCommand implements Callable<Integer> {

    /** The gateway's default port: the kit's 7xxx range, and 80 for HTTP. */
    public static final int DEFAULT_PORT = 7080;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--port", paramLabel = "PORT", converter = PortConverter.class, defaultValue = "" + DEFAULT_PORT,
            description = "HTTP port to listen on; 0 picks a free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Local address to listen on; 0.0.0.0 shares the page on the LAN (default: ${DEFAULT-VALUE}).")
    InetAddress bind;

    @Option(names = "--upstream", paramLabel = "HOST:PORT", converter = UpstreamAddress.Converter.class,
            defaultValue = "127.0.0.1:7004", description = "The lab04 server (default: ${DEFAULT-VALUE}).")
    UpstreamAddress upstream;

    @Option(names = "--ca", paramLabel = "FILE",
            description = "The CA to trust for the server (PEM). Default: the kit CA that a lab03/lab04 server made on this machine.")
    Path ca;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + GatewaySettings.DEFAULT_MAX_CONNECTIONS,
            description = "WebSockets open at once; one more is closed with 1013 (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--max-queue-bytes", paramLabel = "N", defaultValue = "" + GatewaySettings.DEFAULT_MAX_QUEUE_BYTES,
            description = "Bytes waiting to be sent to one page before it is closed as slow (default: ${DEFAULT-VALUE}, 1 MiB).")
    long maxQueueBytes;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "Also accept WebSockets from pages of ORIGIN, e.g. http://my-laptop.local:7080 (repeatable).")
    List<String> allowOrigins = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Jetty logs through SLF4J, and the kit ships no SLF4J binding: without this, SLF4J's own three-line
        // warning about it would open every run's stderr. The gateway logs what matters itself.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        check(); // usage first (exit 2), then what can fail at run time (exit 1)
        GatewaySettings settings = new GatewaySettings(connector(), upstream.toString(), maxConnections,
                maxQueueBytes, GatewaySettings.DEFAULT_CONNECT_TIMEOUT);
        PrintStream log = StandardStreams.stderr();
        InetSocketAddress address = new InetSocketAddress(bind, port);
        WebGateway gateway;
        try {
            gateway = WebGateway.open(address, settings, allowOrigins, log);
        } catch (IOException e) {
            throw ProcessContract.cannotListen(address, e);
        }
        String host = bind.isAnyLocalAddress() ? "127.0.0.1" : bind.getHostAddress();
        log.println("web: open http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + gateway.port()
                + "/ in a browser; chat server: " + upstream);
        return ProcessContract.serveUntilStopped(gateway);
    }

    /** The values picocli cannot check itself: a bad one is a usage error (exit status 2). */
    private void check() {
        if (maxConnections < 1) {
            throw new ParameterException(spec.commandLine(), "--max-connections must be at least 1: " + maxConnections);
        }
        if (maxQueueBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-queue-bytes must be at least 1: " + maxQueueBytes);
        }
        for (String origin : allowOrigins) {
            try {
                OriginPolicy.normalise(origin);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--allow-origin: " + e.getMessage());
            }
        }
    }

    /** lab03's TLS connector to --upstream, trusting --ca or the kit CA. */
    private TlsConnector connector() {
        Path anchor = ca != null ? ca : new CertificateFolder(Lab03.environmentKit().folder()).caCertificate();
        if (ca == null && !Files.exists(anchor)) {
            throw new CommandFailedException("TLS: no --ca given and no kit CA at " + anchor
                    + "; start the lab04 server once on this machine or pass --ca");
        }
        try {
            return new TlsConnector(ClientTls.fromPem(anchor, null, null), upstream.host(), upstream.port());
        } catch (IOException | GeneralSecurityException e) {
            throw new CommandFailedException("TLS: " + e.getMessage(), e);
        }
    }
}
