package dev.chatlab.talk;

import java.io.EOFException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import javax.net.ssl.SSLException;

/**
 * Says in plain words why a TLS connection failed, for {@code error: TLS: <reason>}. The JDK's messages
 * name the mechanism ("PKIX path building failed: ..."); a student needs the cause ("the server's
 * certificate does not chain to the trusted CA").
 */
final class TlsFailureReason {

    private TlsFailureReason() {
    }

    /** The reason for {@code failure}, thrown by the handshake or by a read (a TLS 1.3 alert arrives there). */
    static String of(SSLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CertPathBuilderException) {
                return "the server's certificate does not chain to the trusted CA (unknown CA)";
            }
            if (cause instanceof CertificateExpiredException || cause instanceof CertificateNotYetValidException) {
                return "the server's certificate is outside its validity period (" + cause.getMessage() + ")";
            }
            if (cause instanceof EOFException) {
                return "the server closed the connection during the handshake (is it a TLS server?)";
            }
        }
        String message = String.valueOf(failure.getMessage()).replaceFirst("^\\([a-z_]+\\) ", "");
        if (message.startsWith("No subject alternative") || message.startsWith("No name matching")) {
            return "the server's certificate is not valid for this name (" + message + ")";
        }
        if (message.equals("Received fatal alert: protocol_version")
                || message.contains("not accepted by client preferences")) {
            return "the server does not speak TLS 1.3 (" + message + ")";
        }
        if (message.contains("Unsupported or unrecognized SSL message")) {
            return "the server does not speak TLS (it answered with something else)";
        }
        if (message.contains("Received fatal alert: certificate_required")) {
            return "the server requires a client certificate: give --cert and --key";
        }
        if (message.startsWith("Received fatal alert: ")) {
            return "the server ended the handshake with the alert "
                    + message.substring("Received fatal alert: ".length());
        }
        if (message.contains("Remote host terminated the handshake")) {
            return "the server closed the connection during the handshake (is it a TLS server?)";
        }
        return "handshake failed: " + message;
    }
}
