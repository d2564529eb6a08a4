package dev.chatlab.lab04.protocol;

import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.JsonFrames;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab02.protocol.ServerFrameCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * lab04's server frames to and from JSON lines. A welcome is lab02's with three fields added; {@code ack},
 * {@code resumed} and {@code ping} are lab04's own; every other frame is written and read by lab02's
 * {@link ServerFrameCodec}. Decoding (for clients) checks the JSON types of the fields it needs and ignores
 * any other field. Thread-safe.
 */
public final class ReconnectServerCodec {

    private ReconnectServerCodec() {
    }

    /** {@code frame} as one JSON line, {@code \n} included. */
    public static byte[] encode(ReconnectServerFrame frame) {
        ObjectNode json = switch (frame) {
            case ReconnectServerFrame.Chat chat -> ServerFrameCodec.toJson(chat.frame());
            case ReconnectServerFrame.Welcome welcome ->
                    ServerFrameCodec.toJson(new ServerFrame.Welcome(welcome.nick(), welcome.users()))
                            .put("session", welcome.session())
                            .put("heartbeatSeconds", welcome.heartbeatSeconds())
                            .put("resumeSeconds", welcome.resumeSeconds());
            case ReconnectServerFrame.Ack ack -> JsonFrames.newObject("ack").put("cid", ack.cid()).put("id", ack.id());
            case ReconnectServerFrame.Resumed resumed -> {
                ObjectNode object = JsonFrames.newObject("resumed").put("nick", resumed.nick());
                resumed.users().forEach(object.putArray("users")::add);
                yield object.put("gap", resumed.gap()).put("missed", resumed.missed());
            }
            case ReconnectServerFrame.Ping ping -> JsonFrames.newObject("ping").put("token", ping.token());
        };
        return JsonFrames.writeLine(json);
    }

    /** A chat/1 frame as one JSON line: the way the server encodes a frame once for many recipients. */
    public static byte[] encode(ServerFrame frame) {
        return encode(new ReconnectServerFrame.Chat(frame));
    }

    /** {@code line} (without its line end) as a server frame. */
    public static ReconnectServerFrame decode(byte[] line) throws ProtocolException {
        ObjectNode json = JsonFrames.readObject(line);
        return switch (json.get("type").stringValue()) {
            case "welcome" -> {
                ServerFrame.Welcome chat = (ServerFrame.Welcome) ServerFrameCodec.fromJson(json);
                yield new ReconnectServerFrame.Welcome(chat.nick(), chat.users(),
                        JsonFrames.requiredString(json, "session"), seconds(json, "heartbeatSeconds"),
                        seconds(json, "resumeSeconds"));
            }
            case "ack" -> new ReconnectServerFrame.Ack(JsonFrames.requiredString(json, "cid"),
                    JsonFrames.requiredLong(json, "id"));
            case "resumed" -> new ReconnectServerFrame.Resumed(JsonFrames.requiredString(json, "nick"),
                    JsonFrames.requiredStrings(json, "users"), requiredBoolean(json, "gap"), count(json, "missed"));
            case "ping" -> new ReconnectServerFrame.Ping(JsonFrames.requiredString(json, "token"));
            default -> new ReconnectServerFrame.Chat(ServerFrameCodec.fromJson(json));
        };
    }

    private static int seconds(ObjectNode json, String name) throws ProtocolException {
        long value = JsonFrames.requiredLong(json, name);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw badFrame("The field " + name + " must be a positive number of seconds.");
        }
        return (int) value;
    }

    private static int count(ObjectNode json, String name) throws ProtocolException {
        long value = JsonFrames.requiredLong(json, name);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw badFrame("The field " + name + " must be a count.");
        }
        return (int) value;
    }

    private static boolean requiredBoolean(ObjectNode json, String name) throws ProtocolException {
        JsonNode value = json.get(name);
        if (value == null || !value.isBoolean()) {
            throw badFrame("The field " + name + " must be true or false.");
        }
        return value.booleanValue();
    }

    private static ProtocolException badFrame(String message) {
        return new ProtocolException(ErrorCode.BAD_FRAME, message);
    }
}
