package dev.chatlab.bench.net;

import java.nio.charset.StandardCharsets;

/**
 * A one-pass scanner for the flat JSON objects chat/1 servers send. It walks the top-level fields in any
 * order and with any whitespace, skips nested arrays and objects (a welcome's {@code users}), and records
 * where {@code type}, {@code id}, {@code text}, {@code nick}, {@code reason}, {@code code} and {@code token}
 * are. It builds no tree and
 * allocates nothing, which keeps the generator's reading cost far below the server's writing cost.
 *
 * <p>It is a scanner, not a validator: it answers false for what it cannot walk, and a string value is
 * located, not unescaped (the generator's own texts need no escapes).
 */
public final class FrameScanner {

    private static final byte[] TYPE = bytes("type");
    private static final byte[] ID = bytes("id");
    /** The string fields recorded, in the order of {@link ScannedFrame}'s field numbers ({@code TEXT} = 0...). */
    private static final byte[][] STRING_FIELDS = {bytes("text"), bytes("nick"), bytes("reason"), bytes("code"),
            bytes("token")};

    private FrameScanner() {
    }

    /**
     * Scans {@code b[start, end)} into {@code out}.
     *
     * @return false if the bytes are not a JSON object the scanner can walk
     */
    public static boolean scan(byte[] b, int start, int end, ScannedFrame out) {
        out.reset(b);
        int i = skipSpace(b, start, end);
        if (i >= end || b[i] != '{') {
            return false;
        }
        i = skipSpace(b, i + 1, end);
        if (i < end && b[i] == '}') {
            return true;
        }
        while (i < end) {
            if (b[i] != '"') {
                return false;
            }
            int keyStart = i + 1;
            int keyEnd = stringEnd(b, keyStart, end);
            if (keyEnd < 0) {
                return false;
            }
            i = skipSpace(b, keyEnd + 1, end);
            if (i >= end || b[i] != ':') {
                return false;
            }
            i = skipSpace(b, i + 1, end);
            if (i >= end) {
                return false;
            }
            int valueEnd = value(b, i, end, keyStart, keyEnd, out);
            if (valueEnd < 0) {
                return false;
            }
            i = skipSpace(b, valueEnd, end);
            if (i < end && b[i] == ',') {
                i = skipSpace(b, i + 1, end);
            } else {
                return i < end && b[i] == '}';
            }
        }
        return false;
    }

    /** Reads the value at {@code i}, records it if its key is one the generator wants, returns where it ends. */
    private static int value(byte[] b, int i, int end, int keyStart, int keyEnd, ScannedFrame out) {
        byte first = b[i];
        if (first == '"') {
            int close = stringEnd(b, i + 1, end);
            if (close < 0) {
                return -1;
            }
            if (is(b, keyStart, keyEnd, TYPE)) {
                out.type = typeOf(b, i + 1, close);
            } else {
                for (int field = 0; field < STRING_FIELDS.length; field++) {
                    if (is(b, keyStart, keyEnd, STRING_FIELDS[field])) {
                        out.starts[field] = i + 1;
                        out.ends[field] = close;
                        break;
                    }
                }
            }
            return close + 1;
        }
        if (first == '-' || (first >= '0' && first <= '9')) {
            long number = 0;
            int j = first == '-' ? i + 1 : i;
            while (j < end && b[j] >= '0' && b[j] <= '9') {
                number = number * 10 + (b[j] - '0');
                j++;
            }
            while (j < end && (b[j] == '.' || b[j] == 'e' || b[j] == 'E' || b[j] == '+' || b[j] == '-'
                    || (b[j] >= '0' && b[j] <= '9'))) {
                j++;
            }
            if (is(b, keyStart, keyEnd, ID) && first != '-') {
                out.id = number;
            }
            return j;
        }
        if (first == '[' || first == '{') {
            return nestedEnd(b, i, end);
        }
        int j = i;
        while (j < end && b[j] >= 'a' && b[j] <= 'z') {
            j++;
        }
        return j > i ? j : -1;
    }

    /** Index of the quote that closes the string whose content starts at {@code i}, or -1. */
    private static int stringEnd(byte[] b, int i, int end) {
        for (int j = i; j < end; j++) {
            if (b[j] == '\\') {
                j++;
            } else if (b[j] == '"') {
                return j;
            }
        }
        return -1;
    }

    private static int nestedEnd(byte[] b, int i, int end) {
        int depth = 0;
        for (int j = i; j < end; j++) {
            byte c = b[j];
            if (c == '"') {
                j = stringEnd(b, j + 1, end);
                if (j < 0) {
                    return -1;
                }
            } else if (c == '[' || c == '{') {
                depth++;
            } else if ((c == ']' || c == '}') && --depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    private static FrameType typeOf(byte[] b, int start, int end) {
        for (FrameType candidate : new FrameType[] {FrameType.MESSAGE, FrameType.WELCOME, FrameType.LEFT,
                FrameType.ERROR, FrameType.PING}) {
            if (equalsName(b, start, end, candidate)) {
                return candidate;
            }
        }
        return FrameType.OTHER;
    }

    private static boolean equalsName(byte[] b, int start, int end, FrameType type) {
        String name = type.name();
        if (end - start != name.length()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (b[start + k] != Character.toLowerCase(name.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean is(byte[] b, int start, int end, byte[] name) {
        if (end - start != name.length) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (b[start + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(byte[] b, int i, int end) {
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
