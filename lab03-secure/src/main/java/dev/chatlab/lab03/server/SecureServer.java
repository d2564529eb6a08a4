package dev.chatlab.lab03.server;

import dev.chatlab.lab01.cli.ListeningServer;
import dev.chatlab.lab02.server.ChatServer;
import dev.chatlab.lab02.server.ChatService;
import dev.chatlab.lab03.tls.ServerTls;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * lab03's chat server: lab02's {@link ChatServer}, unchanged, given TLS server sockets ({@link ServerTls})
 * and lab03's {@link SecurePolicy}. The chat itself (framing, the room, broadcast, slow consumers) is all
 * lab02's; this class only wires the two seams and owns the policy's timer thread.
 *
 * <p>{@link #serve()} blocks until {@link #close()}, which stops accepting, closes every connection and stops
 * the deadlines. Thread-safe.
 */
public final class SecureServer implements ListeningServer {

    private final ChatServer chat;
    private final SecurePolicy policy;

    private SecureServer(ChatServer chat, SecurePolicy policy) {
        this.chat = chat;
        this.policy = policy;
    }

    /**
     * Binds {@code address} (port 0 picks a free port) and listens for TLS connections that talk to lab02's
     * room. Does not block. The server owns {@code policy} from now on and closes it, also when it cannot bind.
     *
     * @param maxQueueBytes the bytes the server may hold for one client before dropping it as slow (at least 1)
     * @throws IOException if the address cannot be bound, for example because the port is in use
     */
    public static SecureServer open(InetSocketAddress address, long maxQueueBytes, ServerTls tls, SecurePolicy policy,
                                    PrintStream log) throws IOException {
        return wire(policy, () -> ChatServer.open(address, maxQueueBytes,
                Objects.requireNonNull(tls, "tls").serverSocketFactory(), policy, log));
    }

    /**
     * As {@link #open(InetSocketAddress, long, ServerTls, SecurePolicy, PrintStream)}, with connections that talk
     * to {@code service} instead of lab02's room: lab04's resumable sessions, over lab03's TLS and limits.
     *
     * @param service the chat the connections talk to
     * @throws IOException if the address cannot be bound, for example because the port is in use
     */
    public static SecureServer open(InetSocketAddress address, long maxQueueBytes, ServerTls tls, SecurePolicy policy,
                                    ChatService service, PrintStream log) throws IOException {
        return wire(policy, () -> ChatServer.open(address, maxQueueBytes,
                Objects.requireNonNull(tls, "tls").serverSocketFactory(), policy,
                Objects.requireNonNull(service, "service"), log));
    }

    /** Opens lab02's server with {@code opener}; closes {@code policy} if that fails, whatever the failure. */
    private static SecureServer wire(SecurePolicy policy, ChatServerOpener opener) throws IOException {
        Objects.requireNonNull(policy, "policy");
        try {
            return new SecureServer(opener.open(), policy);
        } catch (IOException | RuntimeException e) {
            policy.close();
            throw e;
        }
    }

    /** Opens lab02's server, wired to the TLS sockets and the policy. */
    @FunctionalInterface
    private interface ChatServerOpener {
        ChatServer open() throws IOException;
    }

    @Override
    public int port() {
        return chat.port();
    }

    @Override
    public void serve() {
        chat.serve();
    }

    @Override
    public void close() {
        chat.close();
        policy.close();
    }
}
