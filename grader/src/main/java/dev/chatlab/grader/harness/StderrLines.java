package dev.chatlab.grader.harness;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one process wrote to stderr, read to its end: its first lines and its last ones (both whole when stderr
 * was short), for a failed check's evidence. Knows two things a student needs before any other: the exception
 * that stopped the program, which a stack trace buries under its frames, and the unfinished task whose
 * {@code TODO(labNN): <task>} stub the program hit.
 *
 * @param process the process's name in the transcript: "server", "client"
 * @param pid     the operating system's id of the process
 * @param head    the first lines, oldest first
 * @param tail    the lines after {@code head}, the last ones of a long stderr, oldest first
 * @param total   how many lines the process wrote in all, those left out between head and tail included
 */
public record StderrLines(String process, long pid, List<String> head, List<String> tail, long total) {

    /** A starter stub's message, {@code TODO(lab01): <task>}, anywhere in a line: an exception's or an error line's. */
    private static final Pattern UNFINISHED = Pattern.compile("TODO\\(lab[0-9]{2}\\): \\S.*");
    /** A stack frame, or the "... 5 more" that ends a cause's frames. */
    private static final Pattern FRAME = Pattern.compile("\\s+(at \\S.*|\\.\\.\\. [0-9]+ more)");
    private static final String CAUSED_BY = "Caused by: ";

    public StderrLines {
        Objects.requireNonNull(process, "process");
        head = List.copyOf(head);
        tail = List.copyOf(tail);
        if (total < head.size() + tail.size()) {
            throw new IllegalArgumentException("Fewer lines (" + total + ") than kept: " + (head.size() + tail.size()));
        }
    }

    /** The lines kept, oldest first: all of them unless more than the head and the tail were written. */
    public List<String> kept() {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }

    /**
     * The {@code TODO(labNN): <task>} messages the process wrote, each once, in order of appearance: the
     * unfinished tasks its run hit.
     */
    public List<String> unfinishedTasks() {
        Set<String> tasks = new LinkedHashSet<>();
        for (String line : kept()) {
            Matcher todo = UNFINISHED.matcher(line);
            if (todo.find()) {
                tasks.add(todo.group().strip());
            }
        }
        return List.copyOf(tasks);
    }

    /**
     * A heading and the lines worth reading, for a failure's evidence: the last {@code tailLines} lines; and when
     * the first stack trace begins before them, first its exception line and its "Caused by: ..." lines, each
     * with its first frame, then how many lines were left out. A stack trace's last frames (picocli,
     * {@code main}) say nothing; its first line names the cause. Each line but the heading is indented.
     */
    public List<String> excerpt(int tailLines) {
        List<String> lines = kept();
        String name = process + " (pid " + pid + ") stderr";
        if (lines.isEmpty()) {
            return List.of(name + ": (empty)");
        }
        int tailStart = Math.max(0, lines.size() - tailLines);
        List<String> trace = firstTrace(lines, tailStart);
        long leftOut = total - (lines.size() - tailStart) - trace.size();
        if (!trace.isEmpty() && leftOut == 0) { // the trace is all there is before the tail: show it whole
            tailStart = 0;
            trace = List.of();
        }
        List<String> excerpt = new ArrayList<>();
        if (trace.isEmpty()) {
            excerpt.add(name + (leftOut == 0 ? ", " + total + (total == 1 ? " line:" : " lines:")
                    : ", last " + (lines.size() - tailStart) + " of " + total + " lines:"));
        } else {
            excerpt.add(name + ", " + total + " lines: the first exception, then the last " + (lines.size() - tailStart)
                    + ":");
            trace.forEach(line -> excerpt.add("  " + line));
            excerpt.add("  ... " + leftOut + (leftOut == 1 ? " line" : " lines") + " left out ...");
        }
        lines.subList(tailStart, lines.size()).forEach(line -> excerpt.add("  " + line));
        return excerpt;
    }

    /**
     * The first stack trace that begins before {@code tailStart}, shortened to its exception line and its causes,
     * each with its first frame and none of the lines from {@code tailStart} on; empty if there is none.
     */
    private static List<String> firstTrace(List<String> lines, int tailStart) {
        for (int start = 0; start + 1 < Math.min(lines.size(), tailStart + 1); start++) {
            if (FRAME.matcher(lines.get(start)).matches() || !FRAME.matcher(lines.get(start + 1)).matches()) {
                continue;
            }
            List<String> trace = new ArrayList<>(List.of(lines.get(start), lines.get(start + 1)));
            for (int i = start + 2; i < tailStart && inTrace(lines.get(i)); i++) {
                if (lines.get(i).startsWith(CAUSED_BY)) {
                    trace.add(lines.get(i));
                    if (i + 1 < tailStart && FRAME.matcher(lines.get(i + 1)).matches()) {
                        trace.add(lines.get(i + 1));
                    }
                }
            }
            return trace;
        }
        return List.of();
    }

    private static boolean inTrace(String line) {
        return line.startsWith(CAUSED_BY) || line.startsWith("\t") || line.startsWith(" ");
    }
}
