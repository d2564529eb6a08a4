package dev.chatlab.talk;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/** A server on 127.0.0.1 and a free port that accepts one connection and runs a behaviour on it. */
final class PeerServer implements AutoCloseable {

    /** What the server does with its one client; the connection is closed afterwards. */
    @FunctionalInterface
    interface Behaviour {
        void serve(Socket client) throws Exception;
    }

    /** Echoes every byte until the client half-closes, then closes. */
    static final Behaviour ECHO = client -> client.getInputStream().transferTo(client.getOutputStream());

    private final ServerSocket serverSocket;
    private final CompletableFuture<Void> served = new CompletableFuture<>();

    private PeerServer(ServerSocket serverSocket, Behaviour behaviour) {
        this.serverSocket = serverSocket;
        Thread.ofPlatform().daemon().name("peer-server").start(() -> {
            try (Socket client = serverSocket.accept()) {
                client.setSoTimeout(5_000);
                behaviour.serve(client);
                served.complete(null);
            } catch (Throwable e) {
                served.completeExceptionally(e);
            }
        });
    }

    /** A plain TCP server. */
    static PeerServer plain(Behaviour behaviour) throws IOException {
        return new PeerServer(new ServerSocket(0, 5, InetAddress.getLoopbackAddress()), behaviour);
    }

    /** A TLS server speaking only {@code protocol}; requires a client certificate if {@code needClientAuth}. */
    static PeerServer tls(SSLContext context, String protocol, boolean needClientAuth, Behaviour behaviour)
            throws IOException {
        SSLServerSocket socket = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 5, InetAddress.getLoopbackAddress());
        socket.setEnabledProtocols(new String[] {protocol});
        socket.setNeedClientAuth(needClientAuth);
        return new PeerServer(socket, behaviour);
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    /** Waits up to 5 s for the behaviour to finish, rethrowing what it threw. */
    void awaitServed() throws Exception {
        served.get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }
}
