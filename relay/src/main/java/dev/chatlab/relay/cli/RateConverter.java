package dev.chatlab.relay.cli;

import dev.chatlab.relay.script.QuantityParser;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a bandwidth option in bytes per second: {@code 64KiB/s}, {@code 1MB/s}, {@code 8000}. */
final class RateConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        try {
            return QuantityParser.rate(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
