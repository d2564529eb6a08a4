package dev.chatlab.lab05.web;

import java.util.Objects;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The chat server that the gateway connects to, {@code --upstream HOST:PORT}: {@code 127.0.0.1:7004},
 * {@code localhost:7004}, {@code [::1]:7004}. The host is kept as typed: the server's certificate must name it.
 *
 * @param host a host name or address literal, without brackets
 * @param port 1 to 65535
 */
public record UpstreamAddress(String host, int port) {

    public UpstreamAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("The upstream host is empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("Port out of range for a client: " + port);
        }
    }

    /**
     * Reads {@code HOST:PORT}.
     *
     * @throws IllegalArgumentException with a message for the user if {@code text} is not one
     */
    public static UpstreamAddress parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("Not HOST:PORT: " + text);
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("Not HOST:PORT (an IPv6 address goes in brackets, [::1]:7004): " + text);
        }
        try {
            return new UpstreamAddress(host, Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Port is not a number: " + text.substring(colon + 1));
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** picocli's converter for {@code --upstream}: a bad value is a usage error (exit status 2). */
    public static final class Converter implements ITypeConverter<UpstreamAddress> {
        @Override
        public UpstreamAddress convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
