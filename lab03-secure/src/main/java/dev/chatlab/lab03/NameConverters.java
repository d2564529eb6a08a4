package dev.chatlab.lab03;

import dev.chatlab.lab02.protocol.FieldRules;
import dev.chatlab.lab02.protocol.ProtocolException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the names that go into certificates; anything else is a usage error that says what was expected,
 * e.g. {@code not an IP address: 10.0.0}. None of them looks anything up in DNS.
 */
final class NameConverters {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern HOST_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private NameConverters() {
    }

    /** An IPv4 literal (four decimal numbers 0-255) or an IPv6 literal, for {@code --ip}. */
    static final class IpAddress implements ITypeConverter<InetAddress> {
        @Override
        public InetAddress convert(String value) {
            boolean literal = IPV4.matcher(value).matches()
                    || value.contains(":") && !value.contains("[") && !value.contains("%"); // no DNS for these
            if (literal) {
                try {
                    return InetAddress.getByName(value);
                } catch (UnknownHostException e) {
                    // not a valid IPv6 literal: reported below
                }
            }
            throw new TypeConversionException("not an IP address: " + value);
        }
    }

    /** A DNS host name (letters, digits, hyphens; dot-separated labels of at most 63), for {@code --host}. */
    static final class HostName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (IPV4.matcher(value).matches() || value.contains(":")) {
                throw new TypeConversionException("an IP address goes with --ip, not --host: " + value);
            }
            String name = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
            if (name.isEmpty() || name.length() > 253 || !name.chars().allMatch(c -> c < 128)
                    || !Arrays.stream(name.split("\\.", -1)).allMatch(label -> HOST_LABEL.matcher(label).matches())) {
                throw new TypeConversionException("not a host name: " + value);
            }
            return name;
        }
    }

    /** A chat/1 nick: an account's, or a client certificate's name ({@code --client}). */
    static final class Nick implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return FieldRules.checkNick(value);
            } catch (ProtocolException e) {
                throw new TypeConversionException("not a nick (1 to 16 letters, digits, '_' or '-'): " + value);
            }
        }
    }
}
