package dev.chatlab.lab02.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON layer shared by both codecs: a frame's bytes to a JSON object with a string {@code type}, typed
 * access to its fields, and a JSON object back to one compact line. Every failure is a {@code BAD_FRAME}.
 * Public so that a later lab's codec (lab04's frames) reads and writes its own fields the same way.
 */
public final class JsonFrames {

    /** Strict: one value per line (no trailing tokens), no property given twice. Thread-safe. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonFrames() {
    }

    /** Decodes {@code line} as strict UTF-8 and parses it as one JSON object with a string {@code type}. */
    public static ObjectNode readObject(byte[] line) throws ProtocolException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line))
                    .toString();
        } catch (CharacterCodingException e) {
            throw badFrame("A frame must be valid UTF-8.");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw badFrame("A frame must be one JSON object.");
        }
        if (tree == null || !tree.isObject()) {
            throw badFrame("A frame must be one JSON object.");
        }
        JsonNode type = tree.get("type");
        if (type == null || !type.isString()) {
            throw badFrame("A frame needs a string field type.");
        }
        return (ObjectNode) tree;
    }

    /** A new JSON object whose first field is {@code type}. */
    public static ObjectNode newObject(String type) {
        return MAPPER.createObjectNode().put("type", type);
    }

    /** {@code frame} as compact JSON in UTF-8, followed by {@code \n}. */
    public static byte[] writeLine(ObjectNode frame) {
        byte[] json = MAPPER.writeValueAsBytes(frame);
        byte[] line = new byte[json.length + 1];
        System.arraycopy(json, 0, line, 0, json.length);
        line[json.length] = '\n';
        return line;
    }

    /** The string field {@code name}, or {@code null} when it is absent or {@code null}. */
    public static String optionalString(ObjectNode frame, String name) throws ProtocolException {
        JsonNode value = frame.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw badFrame("The field " + name + " must be a string.");
        }
        return value.stringValue();
    }

    /** The string field {@code name}, which must be present. */
    public static String requiredString(ObjectNode frame, String name) throws ProtocolException {
        String value = optionalString(frame, name);
        if (value == null) {
            throw badFrame("The field " + name + " is missing.");
        }
        return value;
    }

    /** The integer field {@code name}, which must be present and fit a {@code long}. */
    public static long requiredLong(ObjectNode frame, String name) throws ProtocolException {
        JsonNode value = frame.get(name);
        if (value == null || value.isNull()) {
            throw badFrame("The field " + name + " is missing.");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw badFrame("The field " + name + " must be an integer.");
        }
        return value.longValue();
    }

    /** The field {@code name}, which must be a present array of strings. */
    public static List<String> requiredStrings(ObjectNode frame, String name) throws ProtocolException {
        JsonNode value = frame.get(name);
        if (value == null || value.isNull()) {
            throw badFrame("The field " + name + " is missing.");
        }
        if (!value.isArray()) {
            throw badFrame("The field " + name + " must be an array of strings.");
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isString()) {
                throw badFrame("The field " + name + " must be an array of strings.");
            }
            strings.add(element.stringValue());
        }
        return strings;
    }

    private static ProtocolException badFrame(String message) {
        return new ProtocolException(ErrorCode.BAD_FRAME, message);
    }
}
