package dev.chatlab.grader.lab04.broken;

import dev.chatlab.lab04.Lab04;
import dev.chatlab.lab04.client.ClientParts;
import dev.chatlab.lab04.server.CidTable;
import dev.chatlab.lab04.server.ServerParts;
import java.util.OptionalLong;

/**
 * The reference server, but each session's cid table forgets every cid: a say or whisper sent again with its
 * cid is delivered again, with a new id, and acknowledged with that new id.
 */
public final class NoDedupServer {

    private NoDedupServer() {
    }

    public static void main(String[] args) {
        Lab04.main(args, ServerParts.REFERENCE.withCids(ForgetfulCids::new), ClientParts.REFERENCE);
    }

    /** A cid table that remembers nothing. */
    private static final class ForgetfulCids implements CidTable {

        @Override
        public OptionalLong idOf(String cid) {
            return OptionalLong.empty();
        }

        @Override
        public void remember(String cid, long id) {
            // Forgotten at once.
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public void clear() {
            // Nothing to forget.
        }
    }
}
