package dev.chatlab.lab01.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a server's port option: 0 (any free port) to 65535. Anything else is a usage error, such as
 * {@code Port out of range: 70000}. Clients read theirs with {@link ClientPortConverter}.
 */
public final class PortConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int port;
        try {
            port = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("Port is not a number: " + value);
        }
        if (port < 0 || port > 65_535) {
            throw new TypeConversionException("Port out of range: " + port);
        }
        return port;
    }
}
