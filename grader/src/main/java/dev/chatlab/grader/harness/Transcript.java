package dev.chatlab.grader.harness;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The record of one check's exchange: every byte or line sent and received by the grader, in order,
 * with the time since the check began, one line per event. A failing check's reports show them.
 *
 * <p>Thread-safe: processes' output pumps and the check itself append concurrently.
 */
public final class Transcript {

    /** Longest rendering of one event's data before it is shortened. */
    private static final int SHOWN_CHARS = 96;
    /** Longest event: a note (a process's stdout line, a command) is cut beyond it. */
    private static final int EVENT_CHARS = 1000;

    private final long startNanos = System.nanoTime();
    private final List<String> events = new ArrayList<>();

    /** Records that {@code actor} sent {@code data} ({@code "client#1 >"}). */
    public void sent(String actor, byte[] data, int offset, int length) {
        add(actor + " > " + show(data, offset, length));
    }

    /** Records that {@code actor} received {@code data} ({@code "client#1 <"}). */
    public void received(String actor, byte[] data, int offset, int length) {
        add(actor + " < " + show(data, offset, length));
    }

    /** Records a free-form event: a process start, an exit, a half-close. */
    public synchronized void note(String actor, String what) {
        add(actor + " " + what);
    }

    /** Every event, oldest first, each prefixed with its time. */
    public synchronized List<String> all() {
        return List.copyOf(events);
    }

    /** The last {@code count} events, oldest first, each prefixed with its time. */
    public synchronized List<String> last(int count) {
        return List.copyOf(events.subList(Math.max(0, events.size() - count), events.size()));
    }

    /** How many events were recorded. */
    public synchronized int size() {
        return events.size();
    }

    /** Adds one event on one line, cut to {@link #EVENT_CHARS}. */
    private synchronized void add(String event) {
        String line = event.replace("\r", "\\r").replace("\n", "\\n");
        if (line.length() > EVENT_CHARS) {
            int cut = Character.isHighSurrogate(line.charAt(EVENT_CHARS - 1)) ? EVENT_CHARS - 1 : EVENT_CHARS;
            line = line.substring(0, cut) + "... (" + line.length() + " chars)";
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        events.add(String.format("[%7.3fs] %s", seconds, line));
    }

    /** Renders bytes for a person: UTF-8 text in quotes with escapes, shortened, with the byte count if long. */
    public static String show(byte[] data, int offset, int length) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(data, offset, length)).toString();
        } catch (CharacterCodingException binary) {
            StringBuilder hex = new StringBuilder("<" + Connection.bytes(length) + ", not UTF-8:");
            for (int i = offset; i < offset + Math.min(length, 16); i++) {
                hex.append(String.format(" %02x", data[i]));
            }
            return hex.append(length > 16 ? " ...>" : ">").toString();
        }
        String quoted = quote(text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) : text);
        return text.length() > SHOWN_CHARS ? quoted + "... (" + length + " bytes)" : quoted;
    }

    /** Renders a string in double quotes, with \n, \r, \t, \" and other control characters escaped. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.getType(cp) == Character.CONTROL) {
                        out.append(String.format("\\x%02x", cp & 0xFF));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
