package dev.chatlab.lab02.protocol;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server frames to and from JSON lines. Encoding writes {@code type} first, then the fields in the order of
 * the record, leaving out an absent optional field; {@code ts} is always UTC with milliseconds, as in
 * {@code 2026-11-21T17:00:00.123Z}. Decoding (for clients) checks the JSON types of the fields it needs and
 * ignores any other field. Thread-safe.
 */
public final class ServerFrameCodec {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ServerFrameCodec() {
    }

    /** {@code frame} as one JSON line, {@code \n} included. */
    public static byte[] encode(ServerFrame frame) {
        return JsonFrames.writeLine(toJson(frame));
    }

    /** {@code frame} as a JSON object, {@code type} first, to which a later lab may add fields (lab04's welcome). */
    public static ObjectNode toJson(ServerFrame frame) {
        return switch (frame) {
            case ServerFrame.Welcome welcome -> {
                ObjectNode object = JsonFrames.newObject("welcome").put("nick", welcome.nick());
                welcome.users().forEach(object.putArray("users")::add);
                yield object;
            }
            case ServerFrame.Message message -> JsonFrames.newObject("message").put("id", message.id())
                    .put("from", message.from()).put("text", message.text())
                    .put("ts", TIMESTAMP.format(message.ts()));
            case ServerFrame.Whisper whisper -> JsonFrames.newObject("whisper").put("id", whisper.id())
                    .put("from", whisper.from()).put("to", whisper.to()).put("text", whisper.text())
                    .put("ts", TIMESTAMP.format(whisper.ts()));
            case ServerFrame.Joined joined -> JsonFrames.newObject("joined").put("nick", joined.nick());
            case ServerFrame.Left left -> JsonFrames.newObject("left").put("nick", left.nick())
                    .put("reason", left.reason().wireName());
            case ServerFrame.Users users -> {
                ObjectNode object = JsonFrames.newObject("users");
                users.users().forEach(object.putArray("users")::add);
                yield object;
            }
            case ServerFrame.Pong pong -> pong.token() == null
                    ? JsonFrames.newObject("pong")
                    : JsonFrames.newObject("pong").put("token", pong.token());
            case ServerFrame.Error error -> JsonFrames.newObject("error").put("code", error.code().name())
                    .put("message", error.message());
        };
    }

    /** {@code line} (without its line end) as a server frame. */
    public static ServerFrame decode(byte[] line) throws ProtocolException {
        return fromJson(JsonFrames.readObject(line));
    }

    /**
     * A frame already read by {@link JsonFrames#readObject} as a chat/1 server frame ({@code UNKNOWN_TYPE} for
     * any other type: lab04's client reads its own types first).
     */
    public static ServerFrame fromJson(ObjectNode json) throws ProtocolException {
        return switch (json.get("type").stringValue()) {
            case "welcome" -> new ServerFrame.Welcome(
                    JsonFrames.requiredString(json, "nick"), JsonFrames.requiredStrings(json, "users"));
            case "message" -> new ServerFrame.Message(JsonFrames.requiredLong(json, "id"),
                    JsonFrames.requiredString(json, "from"), JsonFrames.requiredString(json, "text"), ts(json));
            case "whisper" -> new ServerFrame.Whisper(JsonFrames.requiredLong(json, "id"),
                    JsonFrames.requiredString(json, "from"), JsonFrames.requiredString(json, "to"),
                    JsonFrames.requiredString(json, "text"), ts(json));
            case "joined" -> new ServerFrame.Joined(JsonFrames.requiredString(json, "nick"));
            case "left" -> new ServerFrame.Left(JsonFrames.requiredString(json, "nick"), reason(json));
            case "users" -> new ServerFrame.Users(JsonFrames.requiredStrings(json, "users"));
            case "pong" -> new ServerFrame.Pong(JsonFrames.optionalString(json, "token"));
            case "error" -> new ServerFrame.Error(code(json), JsonFrames.requiredString(json, "message"));
            default -> throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "Unknown server frame type.");
        };
    }

    private static Instant ts(ObjectNode json) throws ProtocolException {
        String ts = JsonFrames.requiredString(json, "ts");
        try {
            return Instant.parse(ts);
        } catch (DateTimeParseException e) {
            throw new ProtocolException(ErrorCode.BAD_FRAME, "The field ts must be an ISO-8601 UTC time.");
        }
    }

    private static LeftReason reason(ObjectNode json) throws ProtocolException {
        LeftReason reason = LeftReason.fromWireName(JsonFrames.requiredString(json, "reason"));
        if (reason == null) {
            throw new ProtocolException(ErrorCode.BAD_FRAME, "Unknown reason in a left frame.");
        }
        return reason;
    }

    private static ErrorCode code(ObjectNode json) throws ProtocolException {
        String code = JsonFrames.requiredString(json, "code");
        for (ErrorCode known : ErrorCode.values()) {
            if (known.name().equals(code)) {
                return known;
            }
        }
        throw new ProtocolException(ErrorCode.BAD_FRAME, "Unknown code in an error frame.");
    }
}
