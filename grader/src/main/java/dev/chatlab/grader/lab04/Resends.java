package dev.chatlab.grader.lab04;

import static dev.chatlab.grader.chat.ChatConnection.string;

import dev.chatlab.grader.chat.ChatConnection;
import dev.chatlab.grader.harness.Expect;
import java.io.IOException;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What a client sends again after a resume, read frame by frame: each unacknowledged say or whisper must come
 * with the cid it first had. A copy of a frame that was acknowledged already is allowed (the server acks it
 * again and delivers nothing) and skipped.
 */
final class Resends {

    /** The most copies of the acknowledged frame skipped before the expected one must come. */
    private static final int SKIPPED_AT_MOST = 3;

    private final ChatConnection connection;
    private final String ackedCid;

    Resends(ChatConnection connection, String ackedCid) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.ackedCid = Objects.requireNonNull(ackedCid, "ackedCid");
    }

    /** The cid of {@code frame}, a say or whisper of {@code text}; fails unless it is a string of 1-64 chars. */
    static String cid(JsonNode frame, String text) {
        Expect.equal("the `text` of the " + ChatConnection.type(frame), text, string(frame, "text"));
        JsonNode cid = frame.get("cid");
        Expect.that(cid != null && cid.isString() && !cid.stringValue().isEmpty() && cid.stringValue().length() <= 64,
                "the " + ChatConnection.type(frame) + " to carry a `cid` (a string of 1-64 characters) so that it"
                        + " can be acknowledged", ChatConnection.show(frame));
        return cid.stringValue();
    }

    /** Expects the next frame (past copies of the acknowledged one) to be {@code type} of {@code text} with {@code cid}. */
    void expect(String type, String text, String cid) throws IOException {
        JsonNode frame = connection.expect(type);
        for (int skipped = 0; skipped < SKIPPED_AT_MOST && ackedCid.equals(cidOrNull(frame)); skipped++) {
            frame = connection.expect(type);
        }
        Expect.equal("the `text` of the " + type + " sent again after the resume", text, string(frame, "text"));
        Expect.that(cid.equals(cidOrNull(frame)), "the " + type + " sent again after the resume to carry its"
                + " original cid " + cid, "cid " + cidOrNull(frame) + " in " + ChatConnection.show(frame));
    }

    private static String cidOrNull(JsonNode frame) {
        JsonNode cid = frame.get("cid");
        return cid != null && cid.isString() ? cid.stringValue() : null;
    }
}
