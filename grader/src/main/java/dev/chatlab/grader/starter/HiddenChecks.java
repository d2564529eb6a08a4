package dev.chatlab.grader.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the hidden checks out of a grading suite's source, for the starter kit: every method annotated
 * {@code @Check(..., hidden = true)} goes, with its Javadoc, its comments and its other annotations, so that the
 * student's grader never runs it. What remains compiles as before: a check is a method that nothing else calls.
 * Annotations inside comments and string literals count for nothing.
 */
final class HiddenChecks {

    private static final Pattern CHECK = Pattern.compile("@Check\\s*\\(");
    private static final Pattern HIDDEN = Pattern.compile("\\bhidden\\s*=\\s*true\\b");
    private static final Pattern NAME = Pattern.compile("(\\w+)\\s*\\(");

    private HiddenChecks() {
    }

    /** The source without its hidden checks, and the names of the checks taken out. */
    record Stripped(String text, List<String> checks) {
    }

    /**
     * Removes every hidden check method of {@code source}.
     *
     * @param where the file's name, for error messages
     * @throws IllegalStateException if a hidden check's method has no body that ends
     */
    static Stripped strip(String source, String where) {
        StringBuilder text = new StringBuilder(source);
        List<String> checks = new ArrayList<>();
        Matcher check = CHECK.matcher(text);
        int from = 0;
        while (JavaText.find(text, from, check) >= 0) {
            int argumentsEnd = JavaText.closing(text, check.end() - 1, '(', ')', where);
            if (!HIDDEN.matcher(text.subSequence(check.end(), argumentsEnd)).find()) {
                from = argumentsEnd;
                continue;
            }
            int bodyStart = JavaText.next(text, argumentsEnd, '{', where);
            Matcher name = NAME.matcher(text.subSequence(argumentsEnd + 1, bodyStart));
            String method = "";
            while (name.find()) {
                method = name.group(1); // the last name followed by "(" before the body: the method's
            }
            int bodyEnd = JavaText.closing(text, bodyStart, '{', '}', where);
            int start = startOfDeclaration(text, check.start());
            int end = text.indexOf("\n", bodyEnd);
            end = end < 0 ? text.length() : end + 1;
            text.delete(start, end);
            checks.add(method);
            check = CHECK.matcher(text);
            from = start;
        }
        return new Stripped(text.toString(), checks);
    }

    /** The start of the line that begins the declaration at {@code at}, its Javadoc and annotations included. */
    private static int startOfDeclaration(CharSequence text, int at) {
        int lineStart = lineStart(text, at);
        while (lineStart > 0) {
            int previous = lineStart(text, lineStart - 1);
            String line = text.subSequence(previous, lineStart).toString().strip();
            if (line.startsWith("@") || line.startsWith("/**") || line.startsWith("*") || line.startsWith("//")) {
                lineStart = previous;
            } else {
                break;
            }
        }
        return lineStart;
    }

    private static int lineStart(CharSequence text, int at) {
        int start = at;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        return start;
    }
}
