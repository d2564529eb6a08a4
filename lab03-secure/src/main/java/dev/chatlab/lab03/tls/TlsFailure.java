package dev.chatlab.lab03.tls;

import java.io.EOFException;
import java.io.IOException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import javax.net.ssl.SSLException;

/**
 * A TLS connection that failed, with a one-line reason in plain words, for {@code error: TLS: <reason>}: the
 * JDK's exceptions name the mechanism ("PKIX path building failed ..."), this names the cause ("certificate
 * not trusted (unknown CA)"). The JDK's exception stays the cause.
 */
public final class TlsFailure extends IOException {

    private static final long serialVersionUID = 1L;

    /** A failure with {@code reason} as its whole message. */
    public TlsFailure(String reason, Throwable cause) {
        super(reason, cause);
    }

    /**
     * Explains {@code failure}, thrown by a handshake with {@code host} or by a read or write on a TLS socket
     * (where a peer's alert arrives in TLS 1.3). Works on either side of the connection.
     */
    public static TlsFailure of(SSLException failure, String host) {
        return new TlsFailure(reason(failure, host), failure);
    }

    private static String reason(SSLException failure, String host) {
        // The JDK writes "(alert) what happened", with the alert this side sends, when it ends a handshake.
        String message = String.valueOf(failure.getMessage()).replaceFirst("^\\([a-z_]+\\) ", "");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case CertPathBuilderException unknown -> {
                    return "certificate not trusted (unknown CA)";
                }
                case CertificateExpiredException expired -> {
                    return "certificate expired";
                }
                case CertificateNotYetValidException early -> {
                    return "certificate not yet valid (check the clocks)";
                }
                case EOFException eof -> {
                    return "the peer closed the connection during the handshake (is it a TLS peer?)";
                }
                default -> {
                    // look further down the chain
                }
            }
        }
        if (message.startsWith("No subject alternative") || message.startsWith("No name matching")) {
            return "host name " + host + " does not match the certificate";
        }
        if (message.contains("Extended key usage does not permit")) {
            return "the certificate is not meant for this side of TLS (extended key usage): " + message;
        }
        if (message.startsWith("Received fatal alert: ")) {
            return alert(message.substring("Received fatal alert: ".length()));
        }
        if (message.contains("Unsupported or unrecognized SSL message")) {
            return "the peer does not speak TLS (it sent something else)";
        }
        if (message.contains("Empty client certificate chain")) {
            return "the client sent no certificate, and one is required";
        }
        if (message.contains("not accepted by server preferences") || message.contains("is not enabled or supported")) {
            return "the client does not offer TLS 1.3 (" + message + ")";
        }
        if (message.contains("Remote host terminated the handshake")) {
            return "the peer closed the connection during the handshake (is it a TLS peer?)";
        }
        return "handshake failed: " + message;
    }

    /** What the alert that the peer sent means, seen from the side that received it. */
    private static String alert(String alert) {
        return switch (alert) {
            case "protocol_version" -> "server refused TLS 1.3 (protocol_version)";
            case "certificate_required" -> "the server requires a client certificate (certificate_required)";
            case "bad_certificate", "unknown_ca", "certificate_unknown", "unsupported_certificate" ->
                    "the peer did not accept our certificate (" + alert + ")";
            case "certificate_expired" -> "the peer says our certificate has expired (certificate_expired)";
            case "handshake_failure", "insufficient_security" ->
                    "no TLS parameters in common with the peer (" + alert + ")";
            default -> "the peer ended the handshake with alert " + alert;
        };
    }
}
