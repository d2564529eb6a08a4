package dev.chatlab.lab04.client;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.protocol.ReconnectClientCodec;
import dev.chatlab.lab04.protocol.ReconnectClientFrame;
import dev.chatlab.lab04.protocol.ReconnectServerFrame;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The registration of each connection: the first one says hello; each later one presents the session and
 * the last id shown ({@code resume}), and says hello again on the same connection when the server answers
 * that the session has expired. It keeps what the welcome gave: the session, the nick and the heartbeat.
 * Event thread only.
 */
final class ResumeHandshake {

    /** How the server answered a registration. */
    sealed interface Answer {
    }

    /** Registered as {@code users} says; {@code reconnection} tells a later connection how it went. */
    record Registered(List<String> users, ClientListener.Reconnection reconnection) implements Answer {
    }

    /** The server refused the registration with {@code error}. */
    record Refused(ServerFrame.Error error) implements Answer {
    }

    /** No answer yet: the session had expired and hello was sent, or the frame was not an answer. */
    record Pending() implements Answer {
    }

    private final ClientFrame.Hello hello;
    private final ReplayFilter shown;
    private String session; // null until the first welcome, and after SESSION_EXPIRED
    private String nick;
    private Duration heartbeat;

    /** A handshake that joins with {@code hello} and resumes after the last id {@code shown}. */
    ResumeHandshake(ClientFrame.Hello hello, ReplayFilter shown) {
        this.hello = Objects.requireNonNull(hello, "hello");
        this.shown = Objects.requireNonNull(shown, "shown");
    }

    /** The first frame on a new connection: resume while a session is known, else hello. */
    ReconnectClientFrame opening() {
        return session != null ? new ReconnectClientFrame.Resume(session, shown.lastId())
                : new ReconnectClientFrame.Chat(hello);
    }

    /** Reads the server's answer on {@code link}; after SESSION_EXPIRED it says hello on {@code link}. */
    Answer answer(ReconnectServerFrame frame, ChatLink link) {
        return switch (frame) {
            case ReconnectServerFrame.Welcome welcome -> {
                session = welcome.session();
                heartbeat = Duration.ofSeconds(welcome.heartbeatSeconds());
                nick = welcome.nick();
                shown.newSession();
                yield new Registered(welcome.users(),
                        new ClientListener.Reconnection(false, 0, false, welcome.users()));
            }
            case ReconnectServerFrame.Resumed resumed -> new Registered(resumed.users(),
                    new ClientListener.Reconnection(true, resumed.missed(), resumed.gap(), resumed.users()));
            case ReconnectServerFrame.Chat(ServerFrame.Error error) when error.code() == ErrorCode.SESSION_EXPIRED -> {
                session = null;
                link.send(ReconnectClientCodec.encode(new ReconnectClientFrame.Chat(hello)));
                yield new Pending();
            }
            case ReconnectServerFrame.Chat(ServerFrame.Error error) -> new Refused(error);
            default -> new Pending(); // nothing else comes before welcome or resumed
        };
    }

    /** The nick of the session (from its welcome). */
    String nick() {
        return nick;
    }

    /** The heartbeat the welcome gave: three of silence from the server mean a dead connection. */
    Duration heartbeat() {
        return heartbeat;
    }
}
