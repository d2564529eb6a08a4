package dev.chatlab.grader.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a reference source file into its student version: the body of every solution region
 * ({@code // BEGIN SOLUTION: <task>} ... {@code // END SOLUTION}) becomes one line that throws
 * {@code UnsupportedOperationException("TODO(labNN): <task>")}, and the markers stay so that the student
 * knows where to write. A region whose task is among those to leave solved keeps its body: a kit with some tasks
 * done, as a student has it part way through the handout.
 */
final class SolutionRegions {

    private static final Pattern BEGIN = Pattern.compile("^(\\s*)// BEGIN SOLUTION: (.+?)\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*// END SOLUTION\\s*$");

    private SolutionRegions() {
    }

    /** The result of stubbing one file: its new text and the tasks of its regions, in order. */
    record Stubbed(String text, List<String> tasks) {
    }

    /**
     * Replaces every region of {@code source} (a file of lab {@code lab}, e.g. "lab01").
     *
     * @param where the file's name, for error messages
     * @throws IllegalStateException if a region is not closed, an END has no BEGIN, or regions nest
     */
    static Stubbed stub(String source, String lab, String where) {
        return stub(source, lab, where, task -> false);
    }

    /**
     * Replaces the body of every region of {@code source} whose task {@code solved} rejects, and keeps the others
     * as they are. {@link Stubbed#tasks()} lists the tasks of the regions stubbed.
     *
     * @param where the file's name, for error messages
     * @throws IllegalStateException if a region is not closed, an END has no BEGIN, or regions nest
     */
    static Stubbed stub(String source, String lab, String where, Predicate<String> solved) {
        List<String> out = new ArrayList<>();
        List<String> tasks = new ArrayList<>();
        String openTask = null;
        boolean keep = false; // the open region's body stays: its task is solved
        int openLine = 0;
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher begin = BEGIN.matcher(line);
            if (begin.matches()) {
                if (openTask != null) {
                    throw new IllegalStateException(where + ":" + (i + 1) + ": a solution region begins inside "
                            + "the one begun on line " + openLine);
                }
                openTask = begin.group(2);
                openLine = i + 1;
                keep = solved.test(openTask);
                out.add(line);
                if (!keep) {
                    tasks.add(openTask);
                    out.add(begin.group(1) + "throw new UnsupportedOperationException(\"TODO(" + lab + "): "
                            + openTask.replace("\\", "\\\\").replace("\"", "\\\"") + "\");");
                }
            } else if (END.matcher(line).matches()) {
                if (openTask == null) {
                    throw new IllegalStateException(where + ":" + (i + 1) + ": END SOLUTION without a BEGIN");
                }
                openTask = null;
                out.add(line);
            } else if (openTask == null || keep) {
                out.add(line);
            }
        }
        if (openTask != null) {
            throw new IllegalStateException(where + ":" + openLine + ": solution region \"" + openTask
                    + "\" has no END SOLUTION");
        }
        return new Stubbed(String.join("\n", out) + (source.endsWith("\n") ? "\n" : ""), tasks);
    }
}
