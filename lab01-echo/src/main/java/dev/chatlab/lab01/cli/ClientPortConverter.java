package dev.chatlab.lab01.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the port a client connects to: 1 to 65535, since port 0 only means "any free port" to a server.
 * Anything else is a usage error, such as {@code Port out of range for a client: 0}.
 */
public final class ClientPortConverter implements ITypeConverter<Integer> {

    private final PortConverter ports = new PortConverter();

    @Override
    public Integer convert(String value) {
        int port = ports.convert(value);
        if (port == 0) {
            throw new TypeConversionException("Port out of range for a client: 0");
        }
        return port;
    }
}
