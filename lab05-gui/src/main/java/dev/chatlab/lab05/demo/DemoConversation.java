package dev.chatlab.lab05.demo;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.LeftReason;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.client.ClientListener;
import dev.chatlab.lab04.client.ClientState;
import dev.chatlab.lab05.model.ChatEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A short, realistic conversation as the events lab04's client would report it: messages, an own message
 * delivered and one still pending, whispers both ways, a multi-line text, joined and left, a reconnection
 * with a gap. The {@code screenshots} command shows it; nothing is sent anywhere.
 */
public final class DemoConversation {

    /** The user's nick in the conversation. */
    public static final String ME = "ana";
    private static final List<String> USERS = List.of("ana", "bob", "carla", "dmitri", "emma");

    private final List<ChatEvent> events = new ArrayList<>();
    private Instant now;
    private long id = 100;

    private DemoConversation(Instant start) {
        this.now = start;
    }

    /** The conversation's events, the first at {@code start}, a minute or so apart. */
    public static List<ChatEvent> events(Instant start) {
        DemoConversation c = new DemoConversation(start);
        c.events.add(new ChatEvent.Secured("TLSv1.3", "3F:A2:19:C4:7B:E0:55:D1:08:6A:92:F3:4C:B7:21:9E:"
                + "D5:60:0B:8F:E2:37:A9:14:CB:76:3D:58:F1:0A:C6:2B"));
        c.events.add(new ChatEvent.Connected(ME, USERS.subList(0, 4)));
        c.events.add(new ChatEvent.StateChanged(new ClientState.Online(ME, USERS.subList(0, 4)), start));
        c.said("bob", "Morning! Did anyone get lab04's chaos test green?");
        c.said("carla", "Yes, once the outbox sent its frames again after a resume, in order, with their cids.");
        c.own("1", new ClientFrame.Say("Same here. Mine failed until the client skipped the ids it had already shown."));
        c.shown(new ServerFrame.Joined("emma"));
        c.shown(new ServerFrame.Whisper(++c.id, "dmitri", ME, "Could you send me your backoff plot later?", c.tick()));
        c.own("2", new ClientFrame.Whisper("dmitri", "Sure, right after class"));
        c.said("emma", "Hi all! A question about the handout:\nwhy full jitter rather than equal jitter?\n"
                + "Both spread the clients out, don't they?");
        c.events.add(new ChatEvent.Reconnected(new ClientListener.Reconnection(true, 2, true, USERS), c.tick()));
        c.said("bob", "Full jitter spreads them over the whole interval, so fewer of them collide. Plot both and see.");
        c.shown(new ServerFrame.Left("carla", LeftReason.BYE));
        c.events.add(new ChatEvent.Queued("3", new ClientFrame.Say("Thanks! Pushing my report now."), c.tick()));
        c.events.add(new ChatEvent.QueueChanged(1));
        return List.copyOf(c.events);
    }

    private Instant tick() {
        now = now.plusSeconds(47);
        return now;
    }

    private void said(String from, String text) {
        shown(new ServerFrame.Message(++id, from, text, tick()));
    }

    private void shown(ServerFrame frame) {
        events.add(new ChatEvent.Shown(frame, tick()));
    }

    /** An own say or whisper: queued, the server's copy, the ack. */
    private void own(String cid, ClientFrame frame) {
        events.add(new ChatEvent.Queued(cid, frame, tick()));
        long ownId = ++id;
        shown(switch (frame) {
            case ClientFrame.Whisper w -> new ServerFrame.Whisper(ownId, ME, w.to(), w.text(), now);
            case ClientFrame.Say s -> new ServerFrame.Message(ownId, ME, s.text(), now);
            default -> throw new IllegalArgumentException("not a say or whisper: " + frame);
        });
        events.add(new ChatEvent.Acked(cid, ownId));
    }
}
