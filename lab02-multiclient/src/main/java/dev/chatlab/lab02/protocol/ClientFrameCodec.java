package dev.chatlab.lab02.protocol;

import tools.jackson.databind.node.ObjectNode;

/**
 * Client frames to and from JSON lines. The server decodes in two steps so that it can check registration
 * in between, as chat/1's error precedence requires:
 *
 * <ol>
 *   <li>{@link #parse(byte[])}: framing ({@code BAD_FRAME}), then the type ({@code UNKNOWN_TYPE});</li>
 *   <li>(the server checks registration: {@code NOT_REGISTERED}, {@code ALREADY_REGISTERED});</li>
 *   <li>{@link #bind(RawFrame)}: the fields, in the record's field order, {@code to} before {@code text}
 *       ({@code BAD_NICK}, {@code BAD_TEXT}, {@code BAD_FRAME} for a missing or mistyped field).</li>
 * </ol>
 *
 * Unknown extra fields are ignored; a field sent as {@code null} counts as absent. Thread-safe.
 */
public final class ClientFrameCodec {

    private ClientFrameCodec() {
    }

    /** Step 1: {@code line} (without its line end) as a JSON object whose type a client may send. */
    public static RawFrame parse(byte[] line) throws ProtocolException {
        return parse(JsonFrames.readObject(line));
    }

    /**
     * Step 1 for a frame already read by {@link JsonFrames#readObject}: its type, which a client must be
     * allowed to send in chat/1 ({@code UNKNOWN_TYPE} otherwise). lab04 reads its own types first.
     */
    public static RawFrame parse(ObjectNode json) throws ProtocolException {
        ClientFrame.Type type = ClientFrame.Type.fromWireName(json.get("type").stringValue());
        if (type == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "A client cannot send a frame of that type.");
        }
        return new RawFrame(type, json);
    }

    /** Step 2: checks the fields of {@code raw}, in the record's field order (not the JSON's), and returns the frame they make. */
    public static ClientFrame bind(RawFrame raw) throws ProtocolException {
        ObjectNode json = raw.json();
        return switch (raw.type()) {
            case HELLO -> {
                String nick = nick(json, "nick");
                yield new ClientFrame.Hello(nick, JsonFrames.optionalString(json, "password"));
            }
            case SAY -> new ClientFrame.Say(text(json, "text"));
            case WHISPER -> {
                String to = nick(json, "to");
                yield new ClientFrame.Whisper(to, text(json, "text"));
            }
            case WHO -> new ClientFrame.Who();
            case PING -> new ClientFrame.Ping(FieldRules.checkToken(JsonFrames.optionalString(json, "token")));
            case BYE -> new ClientFrame.Bye();
        };
    }

    /** Both steps at once, for a reader that has no registration to check. */
    public static ClientFrame decode(byte[] line) throws ProtocolException {
        return bind(parse(line));
    }

    /** {@code frame} as one JSON line, {@code \n} included. */
    public static byte[] encode(ClientFrame frame) {
        return JsonFrames.writeLine(toJson(frame));
    }

    /** {@code frame} as a JSON object, {@code type} first, to which a later lab may add fields (lab04's cid). */
    public static ObjectNode toJson(ClientFrame frame) {
        ObjectNode json = JsonFrames.newObject(frame.type().wireName());
        switch (frame) {
            case ClientFrame.Hello hello when hello.password() != null ->
                    json.put("nick", hello.nick()).put("password", hello.password());
            case ClientFrame.Hello hello -> json.put("nick", hello.nick());
            case ClientFrame.Say say -> json.put("text", say.text());
            case ClientFrame.Whisper whisper -> json.put("to", whisper.to()).put("text", whisper.text());
            case ClientFrame.Ping ping when ping.token() != null -> json.put("token", ping.token());
            case ClientFrame.Ping ping -> {
                // No token: the field is left out.
            }
            case ClientFrame.Who who -> {
                // No fields.
            }
            case ClientFrame.Bye bye -> {
                // No fields.
            }
        }
        return json;
    }

    private static String nick(ObjectNode json, String field) throws ProtocolException {
        return FieldRules.checkNick(JsonFrames.requiredString(json, field));
    }

    private static String text(ObjectNode json, String field) throws ProtocolException {
        return FieldRules.checkText(JsonFrames.requiredString(json, field));
    }
}
