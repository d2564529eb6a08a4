package dev.chatlab.grader.checkpoint;

import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.run.PointsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a lab's {@link Checkpoints} into its handout. The handout holds one block per stage, the start (0)
 * and each task (1, 2, ...), between two markers:
 *
 * <pre>{@code
 * <!-- checkpoint 1: generated from docs/checkpoints/lab01.json -->
 * *Checkpoint:* `./chatlab grade --lab 1` passes 1 more check (16/100): *server listens on ...*.
 * <!-- end of checkpoint -->
 * }</pre>
 *
 * {@link #update} replaces what is between the markers with what the data says, leaving the rest of the
 * handout as it is; the score after each stage comes from the lab's points.
 */
public final class CheckpointBlocks {

    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- checkpoint (\\d+): generated from docs/checkpoints/lab\\d\\d\\.json -->\\n)(.*?)(<!-- end of checkpoint -->)",
            Pattern.DOTALL);

    private CheckpointBlocks() {
    }

    /**
     * {@code handout} with each checkpoint block rendered from {@code checkpoints}.
     *
     * @throws IllegalArgumentException if the handout does not hold exactly one block for the start and for each
     *                                  task, in order, or the data names a check that {@code lab} does not have
     */
    public static String update(String handout, Lab lab, Checkpoints checkpoints) {
        Objects.requireNonNull(handout, "handout");
        Matcher block = BLOCK.matcher(handout);
        StringBuilder out = new StringBuilder();
        int expected = 0;
        while (block.find()) {
            int stage = Integer.parseInt(block.group(2));
            if (stage != expected || stage > checkpoints.tasks().size()) {
                throw new IllegalArgumentException(lab.title() + "'s handout has checkpoint " + stage + " where "
                        + "checkpoint " + expected + " belongs (0 is the start, then one per task, in order)");
            }
            block.appendReplacement(out, Matcher.quoteReplacement(
                    block.group(1) + render(lab, checkpoints, stage) + block.group(4)));
            expected++;
        }
        block.appendTail(out);
        if (expected != checkpoints.tasks().size() + 1) {
            throw new IllegalArgumentException(lab.title() + "'s handout has " + expected + " checkpoint blocks; "
                    + "its data has " + (checkpoints.tasks().size() + 1) + " stages (the start and each task)");
        }
        return out.toString();
    }

    /** The text of stage {@code stage}'s block, ending with a line end. */
    static String render(Lab lab, Checkpoints checkpoints, int stage) {
        Map<String, Integer> points = lab.points().checks().stream()
                .collect(Collectors.toMap(PointsTable.ScoredCheck::name, PointsTable.ScoredCheck::points));
        int score = 0;
        for (String check : checkpoints.passingAt(stage)) {
            Integer worth = points.get(check);
            if (worth == null) {
                throw new IllegalArgumentException(lab.title() + " has no check named \"" + check + "\"");
            }
            score += worth;
        }
        List<String> added = checkpoints.newAt(stage);
        String grade = "`./chatlab grade --lab " + lab.number() + "`";
        StringBuilder text = new StringBuilder();
        if (stage == 0) {
            text.append("From the start, ").append(grade).append(" passes ").append(count(added, "check"))
                    .append(" (").append(score).append("/100)");
        } else if (added.isEmpty()) {
            text.append("*Checkpoint:* ").append(grade).append(" passes no new check (still ").append(score)
                    .append("/100)");
        } else {
            text.append("*Checkpoint:* ").append(grade).append(" passes ").append(count(added, "more check"))
                    .append(" (").append(score).append("/100)");
        }
        text.append(added.isEmpty() ? "." : ": " + added.stream().map(name -> "*" + name + "*")
                .collect(Collectors.joining(", ")) + ".");
        List<String> tests = stage == 0 ? List.of() : checkpoints.tasks().get(stage - 1).tests();
        if (!tests.isEmpty()) {
            text.append(" The module's ").append(tests.size() == 1 ? "test class " : "test classes ")
                    .append(String.join(", ", tests.stream().map(test -> "`" + test + "`").toList()))
                    .append(tests.size() == 1 ? " passes" : " pass").append(" from now on (Maven prints the count):\n\n")
                    .append("```sh\n").append(testCommand(lab, tests)).append("\n```\n");
        } else {
            text.append('\n');
        }
        return wrap(text.toString());
    }

    /** How a student runs some of the module's test classes; lab01 needs no other module built. */
    private static String testCommand(Lab lab, List<String> tests) {
        String only = "-Dtest=" + String.join(",", tests);
        return lab.number() == 1 ? "mvn -pl " + lab.module() + " test " + only
                : "mvn -pl " + lab.module() + " -am test " + only + " -Dsurefire.failIfNoSpecifiedTests=false";
    }

    private static String count(List<String> names, String noun) {
        return names.size() + " " + noun + (names.size() == 1 ? "" : "s");
    }

    /** Wraps the prose lines at 110 columns, as the handouts are; code blocks stay as they are. */
    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("```")) {
                code = !code;
                out.append(line).append('\n');
            } else if (code || line.length() <= 110) {
                out.append(line).append('\n');
            } else {
                out.append(wrapLine(line));
            }
        }
        return out.substring(0, out.length() - 1); // the split's last, empty, part added one line end too many
    }

    private static String wrapLine(String line) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            if (!current.isEmpty() && current.length() + 1 + word.length() > 110) {
                lines.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : " ").append(word);
        }
        lines.add(current.toString());
        return String.join("\n", lines) + "\n";
    }
}
