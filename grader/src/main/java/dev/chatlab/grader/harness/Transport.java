package dev.chatlab.grader.harness;

import dev.chatlab.grader.tls.Pki;
import dev.chatlab.grader.tls.TlsContexts;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * How the grader and the processes under test talk: plain TCP, or TLS 1.3 with the grader's own PKI. A
 * {@link Target} carries one; the harness asks it which extra arguments each process gets, and passes every
 * socket it connects or accepts through it before the check sees it.
 *
 * <p>Both methods that secure a socket block until the handshake is over, at most {@code timeout}, and throw
 * the {@link IOException} of a failed handshake; the plain transport returns the socket as it is.
 */
public sealed interface Transport permits Transport.Plain, Transport.Tls, Transport.KitCa {

    /** Plain TCP: no extra arguments, sockets used as they are. */
    static Transport plain() {
        return new Plain();
    }

    /** TLS 1.3 with the certificates of {@code pki}, and no client certificate. */
    static Tls tls(Pki pki) {
        return new Tls(pki, Optional.empty());
    }

    /** What the reports say: "plain TCP", "TLS 1.3". */
    String description();

    /** Added after {@code --port 0} to the server's command line. */
    List<String> serverArguments();

    /** Added after {@code --host H --port P} to the client's command line. */
    List<String> clientArguments();

    /** The grader's side of a connection it opened to a server under test. */
    Socket asClient(Socket tcp, Duration timeout) throws IOException;

    /** The grader's side of a connection a client under test opened to the grader's fake server. */
    Socket asServer(Socket tcp, Duration timeout) throws IOException;

    /** Plain TCP, as in lab01 and lab02. */
    record Plain() implements Transport {

        @Override
        public String description() {
            return "plain TCP";
        }

        @Override
        public List<String> serverArguments() {
            return List.of();
        }

        @Override
        public List<String> clientArguments() {
            return List.of();
        }

        @Override
        public Socket asClient(Socket tcp, Duration timeout) {
            return tcp;
        }

        @Override
        public Socket asServer(Socket tcp, Duration timeout) {
            return tcp;
        }
    }

    /**
     * TLS 1.3 only, as in lab03 and lab04. The server under test gets {@code --cert server.pem --key
     * server-key.pem}, the client under test {@code --ca ca.pem}; the grader trusts only the run's CA and
     * checks that the server's certificate names 127.0.0.1. With a {@code client} certificate, both sides
     * also authenticate the client: the server gets {@code --client-ca ca.pem --client-auth need}, the client
     * {@code --cert client-NAME.pem --key client-NAME-key.pem}, the grader presents that certificate when it
     * connects and demands one when it accepts.
     *
     * @param pki    the run's certificates
     * @param client the name of the client certificate in {@code pki}, if clients authenticate
     */
    record Tls(Pki pki, Optional<String> client) implements Transport {

        public Tls {
            Objects.requireNonNull(pki, "pki");
            Objects.requireNonNull(client, "client");
        }

        /** This transport, with clients authenticated by the certificate {@code name} of the same PKI. */
        public Tls withClientCertificate(String name) {
            pki.clientChain(name); // checks the name
            return new Tls(pki, Optional.of(name));
        }

        @Override
        public String description() {
            return client.map(name -> "TLS 1.3 with client certificate " + name).orElse("TLS 1.3");
        }

        @Override
        public List<String> serverArguments() {
            List<String> arguments = new ArrayList<>(List.of(
                    "--cert", pki.serverChain().toString(), "--key", pki.serverKey().toString()));
            if (client.isPresent()) {
                arguments.addAll(List.of("--client-ca", pki.ca().toString(), "--client-auth", "need"));
            }
            return arguments;
        }

        @Override
        public List<String> clientArguments() {
            List<String> arguments = new ArrayList<>(List.of("--ca", pki.ca().toString()));
            client.ifPresent(name -> arguments.addAll(List.of(
                    "--cert", pki.clientChain(name).toString(), "--key", pki.clientKey(name).toString())));
            return arguments;
        }

        @Override
        public Socket asClient(Socket tcp, Duration timeout) throws IOException {
            Optional<TlsContexts.Identity> identity =
                    client.map(name -> new TlsContexts.Identity(pki.clientChain(name), pki.clientKey(name)));
            SSLContext context = TlsContexts.create(identity, Optional.of(pki.ca()));
            SSLSocket tls = (SSLSocket) context.getSocketFactory()
                    .createSocket(tcp, tcp.getInetAddress().getHostAddress(), tcp.getPort(), true);
            tls.setSSLParameters(TlsContexts.tls13Only(context, true));
            return handshake(tls, timeout);
        }

        @Override
        public Socket asServer(Socket tcp, Duration timeout) throws IOException {
            return asServer(tcp, timeout, TlsContexts.TLS_1_3);
        }

        /**
         * As {@link #asServer(Socket, Duration)}, but speaking only {@code protocol} ("TLSv1.2"): a fake server
         * that a client of the TLS labs must refuse.
         */
        public Socket asServer(Socket tcp, Duration timeout, String protocol) throws IOException {
            SSLContext context = TlsContexts.create(
                    Optional.of(new TlsContexts.Identity(pki.serverChain(), pki.serverKey())),
                    client.map(name -> pki.ca()));
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(tcp, null, true);
            SSLParameters parameters = TlsContexts.tls13Only(context, false);
            parameters.setProtocols(new String[] {protocol});
            tls.setSSLParameters(parameters);
            tls.setUseClientMode(false);
            tls.setNeedClientAuth(client.isPresent());
            return handshake(tls, timeout);
        }
    }

    /**
     * TLS 1.3 with the kit CA of lab03's contract, in {@code home/tls/}: the processes get no TLS argument at
     * all (a lab03 server without {@code --cert} creates the kit CA there, or reuses it; a client without
     * {@code --ca} trusts its {@code ca.pem}). The grader trusts {@code home/tls/ca.pem} and checks the host
     * name; as a fake server it presents {@code home/tls/server.pem}, which the check has put there.
     *
     * @param home the {@code CHATLAB_HOME} of the processes
     */
    record KitCa(Path home) implements Transport {

        public KitCa {
            Objects.requireNonNull(home, "home");
        }

        /** The kit's files, under the names of the contract. */
        public Pki pki() {
            return new Pki(home.resolve("tls"));
        }

        @Override
        public String description() {
            return "TLS 1.3 with the kit CA in " + pki().folder();
        }

        @Override
        public List<String> serverArguments() {
            return List.of();
        }

        @Override
        public List<String> clientArguments() {
            return List.of();
        }

        @Override
        public Socket asClient(Socket tcp, Duration timeout) throws IOException {
            return Transport.tls(pki()).asClient(tcp, timeout);
        }

        @Override
        public Socket asServer(Socket tcp, Duration timeout) throws IOException {
            return Transport.tls(pki()).asServer(tcp, timeout);
        }
    }

    private static Socket handshake(SSLSocket tls, Duration timeout) throws IOException {
        tls.setSoTimeout((int) timeout.toMillis());
        tls.startHandshake();
        tls.setSoTimeout(0);
        return tls;
    }
}
