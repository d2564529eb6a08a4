package dev.chatlab.lab04.protocol;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ClientFrameCodec;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.FieldRules;
import dev.chatlab.lab02.protocol.JsonFrames;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.RawFrame;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * lab04's client frames to and from JSON lines. lab04's own types ({@code resume}, {@code pong}) are read
 * here; every other type goes to lab02's {@link ClientFrameCodec}, which also answers {@code UNKNOWN_TYPE}.
 * As in lab02 the server decodes in two steps, checking registration in between: {@link #parse} (framing,
 * type), then {@link #bind} (the fields in record order: a say's {@code text} before its {@code cid}).
 * Thread-safe.
 */
public final class ReconnectClientCodec {

    /** The longest cid, in characters. */
    public static final int MAX_CID_LENGTH = 64;

    private ReconnectClientCodec() {
    }

    /** A frame whose framing and type are good; {@code chat} is null for lab04's own types. */
    public record Raw(String type, ObjectNode json, RawFrame chat) {
        public Raw {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(json, "json");
        }
    }

    /** Step 1: {@code line} as a JSON object of a type a lab04 client may send ({@code UNKNOWN_TYPE} otherwise). */
    public static Raw parse(byte[] line) throws ProtocolException {
        ObjectNode json = JsonFrames.readObject(line);
        String type = json.get("type").stringValue();
        return switch (type) {
            case "resume", "pong" -> new Raw(type, json, null);
            default -> new Raw(type, json, ClientFrameCodec.parse(json));
        };
    }

    /** Step 2: the fields of {@code raw}, checked in the record's field order. */
    public static ReconnectClientFrame bind(Raw raw) throws ProtocolException {
        ObjectNode json = raw.json();
        if (raw.chat() != null) {
            ClientFrame frame = ClientFrameCodec.bind(raw.chat());
            boolean carriesCid = frame instanceof ClientFrame.Say || frame instanceof ClientFrame.Whisper;
            return new ReconnectClientFrame.Chat(frame, carriesCid ? checkCid(JsonFrames.optionalString(json, "cid")) : null);
        }
        return switch (raw.type()) {
            case "resume" -> {
                String session = JsonFrames.requiredString(json, "session");
                long last = JsonFrames.requiredLong(json, "last");
                if (last < 0) {
                    throw new ProtocolException(ErrorCode.BAD_FRAME, "The field last must not be negative.");
                }
                yield new ReconnectClientFrame.Resume(session, last);
            }
            case "pong" -> new ReconnectClientFrame.Pong(FieldRules.checkToken(JsonFrames.optionalString(json, "token")));
            default -> throw new IllegalStateException("parse() let through the type " + raw.type());
        };
    }

    /** Both steps at once, for a reader that has no registration to check. */
    public static ReconnectClientFrame decode(byte[] line) throws ProtocolException {
        return bind(parse(line));
    }

    /** Returns {@code cid} if it is null (absent) or 1 to 64 characters; otherwise throws {@code BAD_FRAME}. */
    public static String checkCid(String cid) throws ProtocolException {
        if (cid != null && (cid.isEmpty() || cid.length() > MAX_CID_LENGTH)) {
            throw new ProtocolException(ErrorCode.BAD_FRAME, "A cid must be 1 to 64 characters.");
        }
        return cid;
    }

    /** {@code frame} as one JSON line, {@code \n} included. */
    public static byte[] encode(ReconnectClientFrame frame) {
        ObjectNode json = switch (frame) {
            case ReconnectClientFrame.Chat chat when chat.cid() != null ->
                    ClientFrameCodec.toJson(chat.frame()).put("cid", chat.cid());
            case ReconnectClientFrame.Chat chat -> ClientFrameCodec.toJson(chat.frame());
            case ReconnectClientFrame.Resume resume ->
                    JsonFrames.newObject("resume").put("session", resume.session()).put("last", resume.last());
            case ReconnectClientFrame.Pong pong when pong.token() != null ->
                    JsonFrames.newObject("pong").put("token", pong.token());
            case ReconnectClientFrame.Pong pong -> JsonFrames.newObject("pong");
        };
        return JsonFrames.writeLine(json);
    }
}
