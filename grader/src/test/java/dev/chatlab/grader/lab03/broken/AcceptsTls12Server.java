package dev.chatlab.grader.lab03.broken;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLServerSocket;

/** The reference server, but its TLS server sockets also speak TLS 1.2. */
public final class AcceptsTls12Server {

    private AcceptsTls12Server() {
    }

    public static void main(String[] args) {
        Lab03Parts.serve(args, Lab03Parts.Swap.REFERENCE.withSockets(AcceptsTls12Server::alsoTls12));
    }

    /** {@code tls}'s sockets, with TLS 1.2 enabled after the reference enabled TLS 1.3 alone. */
    private static ServerSocketFactory alsoTls12(ServerSocketFactory tls) {
        return new ServerSocketFactory() {
            @Override
            public ServerSocket createServerSocket() throws IOException {
                return enable(tls.createServerSocket());
            }

            @Override
            public ServerSocket createServerSocket(int port) throws IOException {
                return enable(tls.createServerSocket(port));
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) throws IOException {
                return enable(tls.createServerSocket(port, backlog));
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
                return enable(tls.createServerSocket(port, backlog, address));
            }

            private ServerSocket enable(ServerSocket socket) {
                ((SSLServerSocket) socket).setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
                return socket;
            }
        };
    }
}
