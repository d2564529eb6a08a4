package dev.chatlab.grader.starter;

import java.util.regex.Matcher;

/**
 * Just enough of Java's lexical rules to find brackets in source text: string literals, text blocks, character
 * literals and comments are stepped over, so that a brace inside them counts for nothing.
 */
final class JavaText {

    private JavaText() {
    }

    /**
     * The index of the bracket that closes the {@code open} at {@code at}.
     *
     * @throws IllegalStateException naming {@code where} if it is never closed
     */
    static int closing(CharSequence text, int at, char open, char close, String where) {
        int depth = 0;
        for (int i = at; i < text.length(); i++) {
            int skipped = skip(text, i);
            if (skipped != i) {
                i = skipped - 1;
                continue;
            }
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException(where + ": a '" + open + "' is never closed");
    }

    /**
     * The index of the next {@code wanted} from {@code at} on, outside literals and comments.
     *
     * @throws IllegalStateException naming {@code where} if there is none
     */
    static int next(CharSequence text, int at, char wanted, String where) {
        for (int i = at; i < text.length(); i++) {
            int skipped = skip(text, i);
            if (skipped != i) {
                i = skipped - 1;
            } else if (text.charAt(i) == wanted) {
                return i;
            }
        }
        throw new IllegalStateException(where + ": expected a '" + wanted + "' after a hidden check's annotation");
    }

    /**
     * Where {@code pattern} next matches from {@code at} on, outside literals and comments; -1 if nowhere. The
     * returned matcher's {@code end()} is the end of that match.
     */
    static int find(CharSequence text, int at, Matcher pattern) {
        for (int i = at; i < text.length(); i++) {
            int skipped = skip(text, i);
            if (skipped != i) {
                i = skipped - 1;
            } else if (pattern.region(i, text.length()).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    /** If a literal or a comment starts at {@code i}, the index just after it; else {@code i}. */
    private static int skip(CharSequence text, int i) {
        if (starts(text, i, "\"\"\"")) {
            return after(text, i + 3, "\"\"\"");
        }
        if (starts(text, i, "//")) {
            return after(text, i + 2, "\n");
        }
        if (starts(text, i, "/*")) {
            return after(text, i + 2, "*/");
        }
        char c = text.charAt(i);
        if (c == '"' || c == '\'') {
            for (int j = i + 1; j < text.length(); j++) {
                if (text.charAt(j) == '\\') {
                    j++;
                } else if (text.charAt(j) == c) {
                    return j + 1;
                }
            }
            return text.length();
        }
        return i;
    }

    private static boolean starts(CharSequence text, int i, String prefix) {
        return i + prefix.length() <= text.length() && text.subSequence(i, i + prefix.length()).toString().equals(prefix);
    }

    private static int after(CharSequence text, int from, String end) {
        int found = text.toString().indexOf(end, from);
        return found < 0 ? text.length() : found + end.length();
    }
}
