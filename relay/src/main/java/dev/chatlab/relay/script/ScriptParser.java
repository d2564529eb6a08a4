package dev.chatlab.relay.script;

import dev.chatlab.relay.action.ActionRun;
import dev.chatlab.relay.action.TimedAction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a script: one timed action per line, {@code TIME ACTION}, times counted from the start of the run and
 * never going back; blank lines and {@code #} comments are skipped. For example:
 *
 * <pre>
 * 2s    cut all
 * 3.5s  stall all 2s
 * 5s    latency up 100ms jitter 20ms
 * 6s    flip down 1 at 200
 * 8s    refuse 3s
 * </pre>
 *
 * {@link ActionParser} has the grammar of an action.
 */
public final class ScriptParser {

    private ScriptParser() {
    }

    /**
     * Reads the script in {@code file} (UTF-8).
     *
     * @throws IOException if the file cannot be read
     * @throws ScriptSyntaxException at the first line that is not a timed action
     */
    public static List<TimedAction> read(Path file) throws IOException, ScriptSyntaxException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads the script {@code text}.
     *
     * @throws ScriptSyntaxException at the first line that is not a timed action, or when the script has more
     *     than {@link ActionRun#MAX_ACTIONS} actions
     */
    public static List<TimedAction> parse(String text) throws ScriptSyntaxException {
        List<TimedAction> actions = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        Duration previous = Duration.ZERO;
        for (int i = 0; i < lines.length; i++) {
            LineTokens tokens = new LineTokens(i + 1, lines[i]);
            if (tokens.atEnd()) {
                continue;
            }
            tokens.next("a time like 2s");
            Duration at = tokens.convertLast(QuantityParser::duration);
            if (at.compareTo(previous) < 0) {
                throw tokens.errorAtLast("time goes back: " + at.toMillis() + "ms comes after " + previous.toMillis()
                        + "ms");
            }
            if (actions.size() == ActionRun.MAX_ACTIONS) {
                throw tokens.errorAtLast("too many actions (at most " + ActionRun.MAX_ACTIONS + ")");
            }
            actions.add(new TimedAction(at, ActionParser.parse(tokens)));
            previous = at;
        }
        return List.copyOf(actions);
    }
}
