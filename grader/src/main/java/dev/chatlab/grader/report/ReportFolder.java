package dev.chatlab.grader.report;

import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes every report of a run into one folder: scorecard.txt, junit.xml, results.json and summary.md. */
public final class ReportFolder {

    private ReportFolder() {
    }

    /** Creates {@code folder} if needed, writes the four reports, and returns their paths. */
    public static List<Path> write(GradeResult result, Path folder) throws IOException {
        return write(result, List.of(), folder);
    }

    /**
     * Writes the four reports of {@code result}, with the labs that were {@code notGraded} (a submission's lab
     * whose build failed) in results.json and summary.md, and returns their paths.
     */
    public static List<Path> write(GradeResult result, List<LabOutcome> notGraded, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path scorecard = folder.resolve("scorecard.txt");
        Path junit = folder.resolve("junit.xml");
        Path gradescope = folder.resolve("results.json");
        Path summary = folder.resolve("summary.md");
        Files.writeString(scorecard, new ConsoleScorecard(false).render(result), StandardCharsets.UTF_8);
        JUnitXmlReport.write(result, junit);
        GradescopeReport.write(result, notGraded, gradescope);
        MarkdownSummary.write(result, notGraded, summary);
        return List.of(scorecard, junit, gradescope, summary);
    }
}
