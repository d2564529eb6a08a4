package dev.chatlab.demo.screen;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An eavesdropper's view of captured TCP bytes: the TLS records they hold (RFC 8446 section 5.1: a content
 * type byte, two version bytes, a two-byte length, the payload) and a hex dump. It reads record headers only:
 * what anyone on the path can see without a key.
 */
public final class WireDump {

    /** A TLS record's header: where it starts, its content type and its payload length. */
    public record TlsRecord(int offset, int type, int length) {

        /** The content type's name: 20 change_cipher_spec, 21 alert, 22 handshake, 23 application_data. */
        public String typeName() {
            return switch (type) {
                case 20 -> "change_cipher_spec";
                case 21 -> "alert";
                case 22 -> "handshake";
                case 23 -> "application_data";
                default -> "unknown (" + type + ")";
            };
        }
    }

    private WireDump() {
    }

    /** The records that {@code bytes} start with, as far as whole headers go. */
    public static List<TlsRecord> records(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        List<TlsRecord> records = new ArrayList<>();
        int offset = 0;
        while (offset + 5 <= bytes.length) {
            int length = ((bytes[offset + 3] & 0xff) << 8) | (bytes[offset + 4] & 0xff);
            records.add(new TlsRecord(offset, bytes[offset] & 0xff, length));
            offset += 5 + length;
        }
        return records;
    }

    /**
     * {@code length} bytes from {@code offset} as hex lines of {@code perLine} bytes, each with its offset and
     * the bytes as ASCII ({@code .} for what is not printable).
     */
    public static List<String> hex(byte[] bytes, int offset, int length, int perLine) {
        List<String> lines = new ArrayList<>();
        int end = Math.min(bytes.length, offset + length);
        HexFormat hex = HexFormat.of();
        for (int start = offset; start < end; start += perLine) {
            StringBuilder line = new StringBuilder(String.format("%05x  ", start));
            StringBuilder text = new StringBuilder();
            for (int i = start; i < start + perLine; i++) {
                if (i < end) {
                    line.append(hex.toHexDigits(bytes[i])).append(' ');
                    text.append(bytes[i] >= 0x20 && bytes[i] < 0x7f ? (char) bytes[i] : '.');
                } else {
                    line.append("   ");
                }
            }
            lines.add(line.append(' ').append(text).toString());
        }
        return lines;
    }

    /** Whether {@code needle} occurs in {@code bytes}. */
    public static boolean contains(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return needle.length == 0;
    }
}
