package dev.chatlab.relay.cli;

import dev.chatlab.lab01.cli.ClientPortConverter;
import dev.chatlab.relay.RelayConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --target HOST:PORT}; the host must be this machine ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}). */
final class TargetConverter implements ITypeConverter<InetSocketAddress> {

    @Override
    public InetSocketAddress convert(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new TypeConversionException("Target must be HOST:PORT, like 127.0.0.1:7004: " + value);
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1); // [::1]:7004
        }
        int port = new ClientPortConverter().convert(value.substring(colon + 1));
        InetSocketAddress target;
        try {
            target = new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new TypeConversionException("Unknown target host: " + host);
        }
        try {
            RelayConfig.checkTarget(target);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        return target;
    }
}
