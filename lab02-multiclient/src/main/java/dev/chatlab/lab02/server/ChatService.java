package dev.chatlab.lab02.server;

/**
 * What a connection talks to once its bytes are cut into frames: the chat itself. lab02's {@link Room} is the
 * chat/1 room, where a session lives exactly as long as its connection; lab04 supplies one whose sessions
 * outlive their connections (resume, history, acks), and reuses the rest of the server (accept loop, reader
 * and writer threads, bounded queues, the lingering close, lab03's policy) as it is.
 *
 * <p>{@link #attach} is called on the accept thread, once per connection the policy admitted, before any of
 * its bytes is read; it must not block. Implementations are shared by every connection and must be
 * thread-safe.
 */
public interface ChatService {

    /**
     * The handler of a new connection's frames.
     *
     * @param outbound the connection's bounded queue: a frame offered there is written by its writer thread
     * @param guard    the connection's guard (lab03's limits), to be told of every frame and error
     * @param close    closes the connection at once (from any thread; safe to call more than once); its reader
     *                 then ends and {@link FrameHandler#ended} follows
     */
    FrameHandler attach(OutboundQueue outbound, ConnectionGuard guard, Runnable close);
}
