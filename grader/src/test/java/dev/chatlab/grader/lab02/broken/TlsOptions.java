package dev.chatlab.grader.lab02.broken;

import dev.chatlab.grader.tls.TlsContexts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * The transport of the tests' own chat programs, chosen by their command line as lab03's contract spells it:
 * plain TCP by default; TLS 1.3 for a server given {@code --cert CHAIN --key KEY} (and
 * {@code --client-ca CA --client-auth need} to demand client certificates), and for a client given
 * {@code --ca CA} (and {@code --cert/--key} to present one). PEM files are read by the grader's
 * {@link TlsContexts}; the JDK's TLS does the rest.
 */
final class TlsOptions {

    private TlsOptions() {
    }

    /** A listening socket on 127.0.0.1:{@code port}: TLS if {@code args} has {@code --cert} and {@code --key}. */
    static ServerSocket listen(String[] args, int port) throws IOException {
        Optional<String> chain = option(args, "--cert");
        if (chain.isEmpty()) {
            return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        }
        Optional<Path> clientCa = option(args, "--client-ca").map(Path::of);
        SSLContext context = TlsContexts.create(Optional.of(identity(chain.get(), args)), clientCa);
        SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(port, 50, InetAddress.getLoopbackAddress());
        SSLParameters parameters = TlsContexts.tls13Only(context, false);
        parameters.setNeedClientAuth(option(args, "--client-auth").filter("need"::equals).isPresent());
        listener.setSSLParameters(parameters);
        return listener;
    }

    /**
     * A connection to {@code host:port}: TLS, handshake done, if {@code args} has {@code --ca}. A TLS failure
     * is an {@link IOException} whose message begins with "TLS: ".
     */
    static Socket connect(String[] args, String host, int port) throws IOException {
        Socket tcp = new Socket();
        tcp.connect(new InetSocketAddress(host, port), 5_000);
        Optional<String> ca = option(args, "--ca");
        if (ca.isEmpty()) {
            return tcp;
        }
        try {
            Optional<TlsContexts.Identity> identity = option(args, "--cert").map(chain -> identity(chain, args));
            SSLContext context = TlsContexts.create(identity, Optional.of(Path.of(ca.get())));
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(tcp, host, port, true);
            tls.setSSLParameters(TlsContexts.tls13Only(context, true));
            tls.startHandshake();
            return tls;
        } catch (IOException e) {
            tcp.close();
            throw new IOException("TLS: " + e.getMessage(), e);
        }
    }

    private static TlsContexts.Identity identity(String chain, String[] args) {
        String key = option(args, "--key").orElseThrow(() -> new IllegalArgumentException("--cert needs --key"));
        return new TlsContexts.Identity(Path.of(chain), Path.of(key));
    }

    private static Optional<String> option(String[] args, String name) {
        int at = List.of(args).indexOf(name);
        return at >= 0 && at + 1 < args.length ? Optional.of(args[at + 1]) : Optional.empty();
    }
}
