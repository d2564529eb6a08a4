package dev.chatlab.lab02.client;

import dev.chatlab.lab02.protocol.ServerFrame;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Prints server frames as the console client's stdout lines, one line per event:
 *
 * <pre>
 * * connected as ana (2 users: ana, bob)
 * &lt;ana&gt; hello
 * *bob* psst                  (a whisper received)
 * -&gt; *bob* psst               (a whisper sent, printed when the server's copy arrives)
 * * bob joined
 * * bob left (bye)
 * * users: ana, bob
 * ! NICK_TAKEN: The nick ana is taken.
 * </pre>
 *
 * The second and later lines of a multi-line text follow on their own lines, indented by two spaces.
 * A pong prints nothing. Not thread-safe: one thread prints. Public so that a later lab's console client
 * (lab04's, which adds lines of its own) prints chat/1's frames exactly as lab02's does.
 */
public final class ConsoleOutput {

    private final PrintStream out;
    private String me = "";

    /** Prints on {@code out}. */
    public ConsoleOutput(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Prints the line (or lines) for {@code frame}. */
    public void print(ServerFrame frame) {
        switch (frame) {
            case ServerFrame.Welcome welcome -> {
                me = welcome.nick();
                int count = welcome.users().size();
                line("* connected as " + welcome.nick() + " (" + count + (count == 1 ? " user: " : " users: ")
                        + String.join(", ", welcome.users()) + ")");
            }
            case ServerFrame.Message message -> text("<" + message.from() + "> ", message.text());
            case ServerFrame.Whisper whisper -> text(whisper.from().equalsIgnoreCase(me)
                    ? "-> *" + whisper.to() + "* "
                    : "*" + whisper.from() + "* ", whisper.text());
            case ServerFrame.Joined joined -> line("* " + joined.nick() + " joined");
            case ServerFrame.Left left -> line("* " + left.nick() + " left (" + left.reason().wireName() + ")");
            case ServerFrame.Users users -> line("* users: " + String.join(", ", users.users()));
            case ServerFrame.Pong pong -> {
                // The console client sends no ping, so a pong has nothing to show.
            }
            case ServerFrame.Error error -> line("! " + error.code() + ": " + error.message());
        }
    }

    private void text(String prefix, String text) {
        String[] lines = text.split("\n", -1); // only \n ends a line of a text, and a final empty line counts
        line(prefix + lines[0]);
        Arrays.stream(lines).skip(1).forEach(next -> line("  " + next));
    }

    private void line(String line) {
        out.println(line);
    }
}
