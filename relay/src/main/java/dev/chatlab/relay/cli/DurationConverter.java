package dev.chatlab.relay.cli;

import dev.chatlab.relay.script.QuantityParser;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration option: {@code 50ms}, {@code 2s}, {@code 3.5s}, {@code 1m}. */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return QuantityParser.duration(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
