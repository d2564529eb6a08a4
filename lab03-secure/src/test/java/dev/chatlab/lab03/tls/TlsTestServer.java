package dev.chatlab.lab03.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocket;

/**
 * A TLS server on 127.0.0.1, port 0, for one connection at a time: it completes the handshake, writes
 * {@code welcome\n}, and reports each connection's outcome: the client's certificate subject (or
 * {@code anonymous}), or the exception that ended the handshake.
 */
final class TlsTestServer implements AutoCloseable {

    private final ServerSocket listener;
    private final BlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
    private final Thread acceptor;

    TlsTestServer(ServerSocketFactory factory) throws IOException {
        listener = factory.createServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        acceptor = Thread.ofPlatform().daemon().name("tls-test-server").start(this::serve);
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
    }

    int port() {
        return listener.getLocalPort();
    }

    /** The next connection's outcome: a subject name, or the server side's exception; waits at most 10 s. */
    Object nextOutcome() throws InterruptedException {
        Object outcome = outcomes.poll(10, TimeUnit.SECONDS);
        if (outcome == null) {
            throw new AssertionError("the test server saw no connection within 10 s");
        }
        return outcome;
    }

    private void serve() {
        while (!listener.isClosed()) {
            try (Socket socket = listener.accept()) {
                socket.setSoTimeout(10_000);
                try {
                    SSLSocket tls = (SSLSocket) socket;
                    tls.startHandshake();
                    outcomes.add(peer(tls));
                    tls.getOutputStream().write("welcome\n".getBytes(StandardCharsets.UTF_8));
                    tls.getOutputStream().flush();
                    InputStream in = tls.getInputStream();
                    while (in.read() != -1) {
                        // until the client closes
                    }
                } catch (IOException e) {
                    outcomes.add(e);
                }
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    outcomes.add(e);
                }
            }
        }
    }

    private static String peer(SSLSocket tls) {
        try {
            return tls.getSession().getPeerPrincipal().getName();
        } catch (SSLPeerUnverifiedException e) {
            return "anonymous";
        }
    }

    @Override
    public void close() throws Exception {
        listener.close();
        acceptor.join(10_000);
    }
}
