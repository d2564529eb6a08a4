package dev.chatlab.relay.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The words of one line, each with its column, read front to back. Words are separated by spaces or tabs
 * and compared ignoring case; a {@code #} starts a comment that runs to the end of the line.
 */
final class LineTokens {

    private record Token(String text, int column) {
    }

    private final int line;
    private final int endColumn;
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    LineTokens(int line, String text) {
        this.line = line;
        int end = text.indexOf('#');
        String content = end < 0 ? text : text.substring(0, end);
        this.endColumn = content.stripTrailing().length() + 1;
        int i = 0;
        while (i < content.length()) {
            if (Character.isWhitespace(content.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < content.length() && !Character.isWhitespace(content.charAt(i))) {
                i++;
            }
            tokens.add(new Token(content.substring(start, i), start + 1));
        }
    }

    boolean atEnd() {
        return next == tokens.size();
    }

    /** The next word in lower case, without consuming it; empty at the end of the line. */
    String peek() {
        return atEnd() ? "" : tokens.get(next).text().toLowerCase(Locale.ROOT);
    }

    /** True if more than {@code ahead} words are left and the word {@code ahead} places on is {@code word}. */
    boolean peekIs(int ahead, String word) {
        return next + ahead < tokens.size() && tokens.get(next + ahead).text().equalsIgnoreCase(word);
    }

    /** Consumes the next word and returns it in lower case; at the end of the line, fails saying what was expected. */
    String next(String expected) throws ScriptSyntaxException {
        if (atEnd()) {
            throw new ScriptSyntaxException(line, endColumn, "expected " + expected + " at the end of the line");
        }
        return tokens.get(next++).text().toLowerCase(Locale.ROOT);
    }

    /** Consumes the next word if it is {@code word}. */
    boolean accept(String word) {
        if (peekIs(0, word)) {
            next++;
            return true;
        }
        return false;
    }

    /** A syntax error at the word last consumed (or at the end of the line, if none was). */
    ScriptSyntaxException errorAtLast(String problem) {
        int column = next == 0 ? endColumn : tokens.get(next - 1).column();
        return new ScriptSyntaxException(line, column, problem);
    }

    /** Converts the word last consumed with {@code parser}; its {@link IllegalArgumentException} becomes an error there. */
    <T> T convertLast(Function<String, T> parser) throws ScriptSyntaxException {
        try {
            return parser.apply(tokens.get(next - 1).text());
        } catch (IllegalArgumentException e) {
            throw errorAtLast(e.getMessage());
        }
    }

    /** Fails unless every word has been read. */
    void expectEnd() throws ScriptSyntaxException {
        if (!atEnd()) {
            Token extra = tokens.get(next);
            throw new ScriptSyntaxException(line, extra.column(), "unexpected '" + extra.text() + "' after a complete action");
        }
    }
}
