package dev.chatlab.talk;

import java.io.IOException;
import java.io.PrintStream;
import java.net.Socket;

/**
 * What runs on top of the TCP connection: nothing ({@link Plain}) or TLS 1.3 ({@link TlsTransport}).
 * {@link TalkSession} connects the TCP socket, then hands it to the transport.
 */
sealed interface Transport permits Transport.Plain, TlsTransport {

    /**
     * Layers this transport over {@code tcp}, a connected socket, and returns the socket to read and write.
     * Blocks for a handshake, if any; may write one summary line on {@code notes}.
     *
     * @throws dev.chatlab.lab01.cli.CommandFailedException if a handshake fails ({@code TLS: <reason>})
     * @throws IOException if the connection fails otherwise
     */
    Socket open(Socket tcp, PrintStream notes) throws IOException;

    /** Plain TCP: the bytes go on the wire as they are, readable by anyone on the path. */
    record Plain() implements Transport {
        @Override
        public Socket open(Socket tcp, PrintStream notes) {
            return tcp;
        }
    }
}
