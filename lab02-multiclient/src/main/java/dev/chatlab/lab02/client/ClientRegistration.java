package dev.chatlab.lab02.client;

import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ClientFrameCodec;
import dev.chatlab.lab02.protocol.FrameReader;
import dev.chatlab.lab02.protocol.ProtocolException;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab02.protocol.ServerFrameCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * The registration step of a {@link ChatClient}, on its main thread before the two chat threads start: sends
 * the hello and waits for its answer, a welcome (printed) or an error (printed, then the command fails).
 * Used once.
 */
final class ClientRegistration {

    private final ServerConnector server;
    private final ClientFrame.Hello hello;
    private final ConsoleOutput console;
    private final Duration answerTimeout;

    /** Registers with {@code hello} on a connection made by {@code server}; prints the answer on {@code console}. */
    ClientRegistration(ServerConnector server, ClientFrame.Hello hello, ConsoleOutput console, Duration answerTimeout) {
        this.server = server;
        this.hello = hello;
        this.console = console;
        this.answerTimeout = answerTimeout;
    }

    /**
     * Sends hello and prints the welcome. Blocks for at most the answer timeout. Throws
     * {@link CommandFailedException} (exit status 1) if the server refuses the hello (after printing its error
     * line), answers something else or nothing in time, or the connection fails (the message is the
     * connector's {@link ServerConnector#describe description}: lab03, a TLS failure).
     */
    void register(Socket socket, OutputStream toServer, FrameReader fromServer) {
        ServerFrame answer;
        try {
            toServer.write(ClientFrameCodec.encode(hello));
            socket.setSoTimeout((int) answerTimeout.toMillis());
            byte[] line = fromServer.readFrame();
            if (line == null) {
                throw new CommandFailedException("connection closed by the server");
            }
            answer = ServerFrameCodec.decode(line);
            socket.setSoTimeout(0);
        } catch (SocketTimeoutException e) {
            throw new CommandFailedException("no answer to hello within " + answerTimeout.toSeconds() + " s", e);
        } catch (ProtocolException e) {
            throw new CommandFailedException("bad answer to hello: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CommandFailedException(server.describe(e), e); // lab03: a TLS failure shows up here
        }
        switch (answer) {
            case ServerFrame.Welcome welcome -> console.print(welcome);
            case ServerFrame.Error error -> {
                console.print(error);
                throw new CommandFailedException(error.message());
            }
            default -> throw new CommandFailedException("unexpected answer to hello: " + answer);
        }
    }
}
