package dev.chatlab.lab03.tls;

import dev.chatlab.lab03.pki.Credential;
import dev.chatlab.lab03.pki.PemFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;

/**
 * The server's side of TLS: presents the server's certificate chain, speaks TLS 1.3 only, and asks clients
 * for a certificate signed by the client CA when {@link ClientAuth} says so.
 *
 * <p>{@link #serverSocketFactory()} is where TLS is wired into a TCP server: its sockets accept TCP
 * connections as any server socket does, and each accepted socket is an {@link javax.net.ssl.SSLSocket} whose
 * handshake runs on its first read or write (or at {@code startHandshake()}). Immutable, thread-safe.
 */
public final class ServerTls {

    private final SSLContext context;
    private final ClientAuth clientAuth;

    private ServerTls(SSLContext context, ClientAuth clientAuth) {
        this.context = context;
        this.clientAuth = clientAuth;
    }

    /**
     * TLS for a server that presents {@code own}.
     *
     * @param clientCas the CAs whose client certificates are accepted; needed unless {@code clientAuth} is NONE
     * @throws IllegalArgumentException if client certificates are asked for with no client CA
     */
    public static ServerTls of(Credential own, List<X509Certificate> clientCas, ClientAuth clientAuth)
            throws GeneralSecurityException {
        Objects.requireNonNull(own, "own");
        Objects.requireNonNull(clientAuth, "clientAuth");
        if (clientAuth != ClientAuth.NONE && clientCas.isEmpty()) {
            throw new IllegalArgumentException("client auth " + clientAuth + " needs a client CA");
        }
        return new ServerTls(TlsKeyStores.context(own, List.copyOf(clientCas)), clientAuth);
    }

    /**
     * TLS from PEM files: {@code --cert server.pem --key server-key.pem [--client-ca ca.pem]}.
     *
     * @param clientCa the client CA's PEM file, or null when {@code clientAuth} is NONE
     * @throws PemFiles.PemException naming the file that cannot be read, or a key that does not match
     */
    public static ServerTls fromPem(Path certificateChain, Path key, Path clientCa, ClientAuth clientAuth)
            throws IOException, GeneralSecurityException {
        Credential own = PemFiles.readCredential(certificateChain, key);
        return of(own, clientCa == null ? List.of() : PemFiles.readCertificates(clientCa), clientAuth);
    }

    /** Whether clients are asked for a certificate. */
    public ClientAuth clientAuth() {
        return clientAuth;
    }

    /** The parameters every server socket gets: TLS 1.3 only, the JDK's TLS 1.3 suites, client auth. */
    public SSLParameters parameters() {
        SSLParameters parameters = context.getDefaultSSLParameters();
        // BEGIN SOLUTION: allow only TLS 1.3 on the server, and ask for client certificates when configured
        parameters.setProtocols(new String[] {"TLSv1.3"});
        switch (clientAuth) {
            case NEED -> parameters.setNeedClientAuth(true);
            case WANT -> parameters.setWantClientAuth(true);
            case NONE -> parameters.setNeedClientAuth(false); // clears "want" too
        }
        return parameters;
        // END SOLUTION
    }

    /**
     * A factory of TLS server sockets with {@link #parameters()}: a drop-in for
     * {@link ServerSocketFactory#getDefault()} in a TCP server.
     */
    public ServerSocketFactory serverSocketFactory() {
        SSLServerSocketFactory tls = context.getServerSocketFactory();
        SSLParameters parameters = parameters();
        return new ServerSocketFactory() {
            @Override
            public ServerSocket createServerSocket() throws IOException {
                return configure(tls.createServerSocket());
            }

            @Override
            public ServerSocket createServerSocket(int port) throws IOException {
                return configure(tls.createServerSocket(port));
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) throws IOException {
                return configure(tls.createServerSocket(port, backlog));
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
                return configure(tls.createServerSocket(port, backlog, address));
            }

            private ServerSocket configure(ServerSocket socket) {
                ((SSLServerSocket) socket).setSSLParameters(parameters);
                return socket;
            }
        };
    }
}
