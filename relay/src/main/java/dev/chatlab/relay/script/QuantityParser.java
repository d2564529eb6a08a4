package dev.chatlab.relay.script;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the quantities of the relay's language and command line: durations ({@code 500ms}, {@code 2s},
 * {@code 3.5s}, {@code 1m}), byte rates ({@code 64KiB/s}, {@code 1MB/s}, {@code 500B/s}, {@code 8000}: bytes
 * per second), and whole numbers. Each method throws {@link IllegalArgumentException} with a message that
 * says what was expected.
 */
public final class QuantityParser {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,3})?)(ms|s|m)");
    private static final Pattern RATE = Pattern.compile("(\\d{1,12}(?:\\.\\d{1,3})?)(b|kb|kib|mb|mib|gb|gib)?(/s)?");
    private static final Duration LONGEST = Duration.ofDays(1);

    private QuantityParser() {
    }

    /** A duration with its unit: {@code 500ms}, {@code 2s}, {@code 3.5s}, {@code 1m}; at most one day. */
    public static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a duration like 500ms, 2s or 3.5s, got '" + text + "'");
        }
        BigDecimal amount = new BigDecimal(matcher.group(1));
        BigDecimal millis = switch (matcher.group(2)) {
            case "ms" -> amount;
            case "s" -> amount.movePointRight(3);
            default -> amount.multiply(BigDecimal.valueOf(60_000));
        };
        Duration duration = Duration.ofNanos(millis.movePointRight(6).longValue());
        if (duration.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("duration too long (at most one day): '" + text + "'");
        }
        return duration;
    }

    /** A byte rate in bytes per second: {@code 64KiB/s} (65536), {@code 64KB/s} (64000), {@code 8000}. At least 1. */
    public static long rate(String text) {
        Matcher matcher = RATE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("expected a rate like 64KiB/s, 1MB/s or 8000 (bytes per second), got '"
                    + text + "'");
        }
        String unit = matcher.group(2) == null ? "b" : matcher.group(2);
        long factor = switch (unit) {
            case "kb" -> 1_000L;
            case "kib" -> 1L << 10;
            case "mb" -> 1_000_000L;
            case "mib" -> 1L << 20;
            case "gb" -> 1_000_000_000L;
            case "gib" -> 1L << 30;
            default -> 1L;
        };
        long rate = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(factor)).longValue();
        if (rate < 1) {
            throw new IllegalArgumentException("rate must be at least 1 byte per second: '" + text + "'");
        }
        return rate;
    }

    /** A whole number from {@code min} to {@code max}; {@code 0x} starts a hexadecimal one. */
    public static long number(String text, String what, long min, long max) {
        String digits = text.strip().toLowerCase(Locale.ROOT);
        long value;
        try {
            value = digits.startsWith("0x") ? Long.parseLong(digits.substring(2), 16) : Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + what + ", got '" + text + "'");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " out of range (" + min + " to " + max + "): " + value);
        }
        return value;
    }
}
