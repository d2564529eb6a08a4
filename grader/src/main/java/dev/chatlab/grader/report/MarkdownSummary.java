package dev.chatlab.grader.report;

import dev.chatlab.grader.result.CheckResult;
import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabOutcome;
import dev.chatlab.grader.result.LabResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The results as Markdown, for a pull request, an LMS comment or a report appendix: a table per lab, then
 * the explanation of every failed check in a code block.
 */
public final class MarkdownSummary {

    private MarkdownSummary() {
    }

    /** Renders {@code result}. */
    public static String render(GradeResult result) {
        StringBuilder md = new StringBuilder("# ChatLab grade: ")
                .append(result.score()).append('/').append(result.maxScore()).append("\n\n")
                .append("Seed ").append(result.seed()).append(" (replay with `--seed ").append(result.seed())
                .append("`), graded ").append(result.started()).append(".\n");
        for (LabResult lab : result.labs()) {
            md.append("\n## ").append(lab.title()).append(": ").append(lab.score()).append('/')
                    .append(lab.maxScore()).append("\n\nGraded: ").append(lab.target()).append("\n\n")
                    .append(lab.isPartial() ? "Partial run: " + lab.partial() + ".\n\n" : "")
                    .append("| check | result | points |\n|---|---|---|\n");
            for (CheckResult check : lab.checks()) {
                md.append("| ").append(check.name()).append(" | ").append(check.status().name().toLowerCase())
                        .append(" | ").append(check.points()).append('/').append(check.maxPoints()).append(" |\n");
            }
            for (CheckResult check : lab.checks()) {
                if (check.status() != CheckResult.Status.PASSED) {
                    md.append("\n### ").append(check.name()).append("\n\n```text\n")
                            .append(check.explanation().replace("```", "'''")).append("\n```\n");
                }
            }
        }
        return md.toString();
    }

    /** Writes {@code result} to {@code file}, replacing it. */
    public static void write(GradeResult result, Path file) throws IOException {
        write(result, List.of(), file);
    }

    /** Writes {@code result}, then a section for each lab that was {@code notGraded}, to {@code file}. */
    public static void write(GradeResult result, List<LabOutcome> notGraded, Path file) throws IOException {
        StringBuilder md = new StringBuilder(render(result));
        for (LabOutcome lab : notGraded) {
            md.append("\n## ").append(lab.title()).append(": not graded (").append(lab.status().label())
                    .append(")\n\n```text\n").append(lab.note().replace("```", "'''")).append("\n```\n");
        }
        Files.writeString(file, md, StandardCharsets.UTF_8);
    }
}
