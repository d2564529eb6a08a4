package dev.chatlab.lab02.client;

import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ClientFrameCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Turns typed lines into frames: {@code /msg NICK TEXT} a whisper, {@code /who} a who, {@code /quit} the end,
 * an empty line nothing, any other line a say. The server checks nicks and texts; the only check made here is
 * that {@code /msg} has a nick and a text, else {@link #MSG_USAGE} goes to stderr and nothing is sent.
 * {@link #toFrame} is public so that a later lab's console client (lab04's) reads typed lines the same way.
 */
public final class ConsoleInput {

    /** Printed on stderr for a {@code /msg} without a nick and a text. */
    public static final String MSG_USAGE = "usage: /msg NICK TEXT";

    private final BufferedReader stdin;
    private final PrintStream err;

    /** Reads lines from {@code stdin}; usage lines go to {@code err}. */
    ConsoleInput(BufferedReader stdin, PrintStream err) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * Sends a frame to {@code toServer} for each typed line, until {@code /quit} or the end of input. Blocks
     * while waiting for a line.
     *
     * @throws IOException if reading stdin or writing to the server fails
     */
    void relayUntilQuit(OutputStream toServer) throws IOException {
        String line;
        while ((line = stdin.readLine()) != null && !line.equals("/quit")) {
            ClientFrame frame = toFrame(line);
            if (frame != null) {
                toServer.write(ClientFrameCodec.encode(frame));
            } else if (!line.isEmpty()) {
                err.println(MSG_USAGE);
            }
        }
    }

    /** The frame {@code line} asks for; {@code null} for an empty line or a {@code /msg} without nick and text. */
    public static ClientFrame toFrame(String line) {
        if (line.isEmpty()) {
            return null;
        }
        if (line.equals("/who")) {
            return new ClientFrame.Who();
        }
        if (line.equals("/msg") || line.startsWith("/msg ")) {
            String rest = line.substring("/msg".length()).stripLeading();
            int space = rest.indexOf(' ');
            if (space <= 0 || space == rest.length() - 1) {
                return null;
            }
            return new ClientFrame.Whisper(rest.substring(0, space), rest.substring(space + 1));
        }
        return new ClientFrame.Say(line);
    }
}
