package dev.chatlab.grader.report;

import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabOutcome;
import dev.chatlab.grader.result.LabResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results in Gradescope's autograder format ({@code results.json}): the total score, and one test per
 * check with its name, score, max_score, status ("passed"/"failed"), output and visibility: {@code visible}, or
 * {@code after_published} for a hidden check, which students see once the instructor publishes the grades. A lab
 * that could not be graded (its build failed) is one test worth the lab's 100 points, scored 0, whose output is
 * why (the end of the build log).
 */
public final class GradescopeReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GradescopeReport() {
    }

    /** Writes {@code result} to {@code file}, replacing it. */
    public static void write(GradeResult result, Path file) throws IOException {
        write(result, List.of(), file);
    }

    /** Writes {@code result} and the labs that were {@code notGraded} to {@code file}, replacing it. */
    public static void write(GradeResult result, List<LabOutcome> notGraded, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("score", result.score());
        root.put("execution_time", Math.round(result.elapsed().toMillis() / 1000.0));
        root.put("output", "ChatLab grader: " + result.score() + "/" + result.maxScore()
                + " (seed " + result.seed() + ")" + (result.isPartial() ? "; a partial run: "
                + String.join("; ", result.labs().stream().filter(LabResult::isPartial)
                        .map(lab -> lab.title() + ", " + lab.partial()).toList()) : ""));
        root.put("visibility", "visible");
        ArrayNode tests = root.putArray("tests");
        for (LabResult lab : result.labs()) {
            for (CheckResult check : lab.checks()) {
                ObjectNode test = tests.addObject();
                test.put("name", lab.title() + ": " + check.name());
                test.put("name_format", "text");
                test.put("score", check.points());
                test.put("max_score", check.maxPoints());
                test.put("status", check.status() == CheckResult.Status.PASSED ? "passed" : "failed");
                test.put("output", check.status() == CheckResult.Status.PASSED ? "" : check.explanation());
                test.put("output_format", "text");
                test.put("visibility", check.hidden() ? "after_published" : "visible");
            }
        }
        for (LabOutcome lab : notGraded) {
            ObjectNode test = tests.addObject();
            test.put("name", lab.title() + ": " + lab.status().label().replace('-', ' '));
            test.put("name_format", "text");
            test.put("score", 0);
            test.put("max_score", 100);
            test.put("status", "failed");
            test.put("output", lab.note());
            test.put("output_format", "text");
            test.put("visibility", "visible");
        }
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
