package dev.chatlab.lab03;

import dev.chatlab.lab03.tls.ClientAuth;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --client-auth}: none, want or need; anything else is a usage error naming the three. */
final class ClientAuthConverter implements ITypeConverter<ClientAuth> {

    @Override
    public ClientAuth convert(String value) {
        try {
            return ClientAuth.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
