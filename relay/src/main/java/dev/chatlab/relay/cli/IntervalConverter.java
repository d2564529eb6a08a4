package dev.chatlab.relay.cli;

import dev.chatlab.relay.script.QuantityParser;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --chaos-interval MIN..MAX}, like {@code 100ms..1s}. */
final class IntervalConverter implements ITypeConverter<IntervalConverter.Interval> {

    /** A range of durations, {@code min <= max}. */
    record Interval(Duration min, Duration max) {
    }

    @Override
    public Interval convert(String value) {
        int dots = value.indexOf("..");
        if (dots < 0) {
            throw new TypeConversionException("Interval must be MIN..MAX, like 100ms..1s: " + value);
        }
        try {
            Duration min = QuantityParser.duration(value.substring(0, dots));
            Duration max = QuantityParser.duration(value.substring(dots + 2));
            if (max.compareTo(min) < 0) {
                throw new TypeConversionException("Interval ends before it starts: " + value);
            }
            return new Interval(min, max);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
