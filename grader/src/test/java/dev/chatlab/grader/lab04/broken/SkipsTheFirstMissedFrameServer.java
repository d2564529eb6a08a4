package dev.chatlab.grader.lab04.broken;

import dev.chatlab.lab04.Lab04;
import dev.chatlab.lab04.client.ClientParts;
import dev.chatlab.lab04.server.History;
import dev.chatlab.lab04.server.ServerParts;

/**
 * The reference server, but a resume replays the missed frames from the second on (an off-by-one after
 * {@code last}): the first frame a session missed is never replayed, and {@code missed} counts the others.
 */
public final class SkipsTheFirstMissedFrameServer {

    private SkipsTheFirstMissedFrameServer() {
    }

    public static void main(String[] args) {
        Lab04.main(args, ServerParts.REFERENCE.withHistory(capacity -> new SkippingHistory(History.ring(capacity))),
                ClientParts.REFERENCE);
    }

    /** The reference ring, whose replays lose their first frame. */
    private record SkippingHistory(History ring) implements History {

        @Override
        public void add(Entry entry) {
            ring.add(entry);
        }

        @Override
        public Replay after(long last, String nick) {
            Replay replay = ring.after(last, nick);
            return replay.frames().isEmpty() ? replay
                    : new Replay(replay.frames().subList(1, replay.frames().size()), replay.gap());
        }

        @Override
        public int size() {
            return ring.size();
        }
    }
}
