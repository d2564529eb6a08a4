package dev.chatlab.grader.lab03.broken;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ErrorCode;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.server.ConnectionGuard;
import dev.chatlab.lab02.server.ConnectionPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;

/**
 * The reference server, but its hello deadline is a read timeout of 30 s until hello: a client that sends a
 * ping every few seconds is never closed (the reference's handshake deadline, from accept, is kept).
 */
public final class ReadTimeoutHelloServer {

    private static final int HELLO_READ_TIMEOUT_MILLIS = 30_000;

    private ReadTimeoutHelloServer() {
    }

    public static void main(String[] args) {
        Lab03Parts.serve(args, Lab03Parts.Swap.REFERENCE
                .withLimits(limits -> limits.withDeadlines(limits.handshakeDeadline(), Duration.ofDays(1)))
                .withPolicy(accounts -> readTimeout(accounts.reference())));
    }

    private static ConnectionPolicy readTimeout(ConnectionPolicy reference) {
        return new ConnectionPolicy() {
            @Override
            public boolean admits(int openConnections) {
                return reference.admits(openConnections);
            }

            @Override
            public ConnectionGuard guard(Socket socket, Runnable close) {
                setReadTimeout(socket, HELLO_READ_TIMEOUT_MILLIS);
                ConnectionGuard guard = reference.guard(socket, close);
                return new ConnectionGuard() {
                    @Override
                    public void beforeFirstFrame() throws IOException {
                        guard.beforeFirstFrame();
                    }

                    @Override
                    public void check(ClientFrame frame) throws ProtocolException {
                        guard.check(frame);
                    }

                    @Override
                    public void accepted(ClientFrame frame) {
                        guard.accepted(frame);
                        if (frame instanceof ClientFrame.Hello) {
                            setReadTimeout(socket, 0);
                        }
                    }

                    @Override
                    public boolean closeAfterError(ErrorCode code) {
                        return guard.closeAfterError(code);
                    }

                    @Override
                    public void ended() {
                        guard.ended();
                    }
                };
            }
        };
    }

    private static void setReadTimeout(Socket socket, int millis) {
        try {
            socket.setSoTimeout(millis);
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }
}
