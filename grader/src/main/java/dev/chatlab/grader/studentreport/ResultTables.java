package dev.chatlab.grader.studentreport;

import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.studentreport.BenchResults.BenchResult;
import dev.chatlab.grader.studentreport.GraderScores.LabGrade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Section 5 and the appendices of a skeleton: the grader's scores per lab with each failed check's reason, every
 * bench result with its tables and plots, the security and network evidence to fill in, and the grader's own
 * {@code summary.md}. Where a measurement is missing, the section says which command makes it, and the page
 * keeps a line for stderr.
 */
final class ResultTables {

    /**
     * What the checkout holds.
     *
     * @param grades       the labs graded, from {@link GraderScores}
     * @param gradesFolder where they were looked for, as the command line named it
     * @param ungraded     the labs of the kit that no results file holds
     * @param bench        the bench results, from {@link BenchResults}
     * @param benchFolder  where they were looked for, as the command line named it
     * @param attackers    the attackers of lab03's threat model, for the security evidence table
     */
    record Measurements(List<LabGrade> grades, String gradesFolder, List<Lab> ungraded, List<BenchResult> bench,
                        String benchFolder, List<String> attackers) {

        Measurements {
            grades = List.copyOf(grades);
            ungraded = List.copyOf(ungraded);
            bench = List.copyOf(bench);
            attackers = List.copyOf(attackers);
        }
    }

    private final MarkdownPage page;
    private final Measurements measured;

    ResultTables(MarkdownPage page, Measurements measured) {
        this.page = Objects.requireNonNull(page, "page");
        this.measured = Objects.requireNonNull(measured, "measured");
    }

    /** Section 5, Results. */
    void write() {
        page.heading(2, "results").write("results.write");
        page.heading(3, "environment").header(List.of(" ", " "));
        for (String field : List.of("cpu", "memory", "os", "jdk", "commit")) {
            page.row(List.of(page.text("environment." + field), page.marker("environment." + field + ".write")));
        }
        page.line("");
        page.heading(3, "grades");
        grades();
        page.heading(3, "performance");
        if (measured.bench().isEmpty()) {
            String command = "./chatlab bench --preset latency --compare lab02 python --rounds 2 --out "
                    + measured.benchFolder();
            page.notFound("no bench results in " + measured.benchFolder() + " (no *.json written by bench): run `"
                    + command + "`");
            page.missing(page.text("bench.none", MarkdownPage.code(measured.benchFolder()),
                    "\n>\n> ```sh\n> " + command + "\n> ```\n>\n> "));
        } else {
            page.paragraph(page.text("bench.intro", MarkdownPage.code(measured.benchFolder())));
            measured.bench().forEach(result -> BenchTables.write(page, result, measured.benchFolder()));
        }
        page.heading(3, "security").write("security.write");
        page.header(List.of(page.text("security.columns").split("\\|")));
        for (String attacker : measured.attackers().isEmpty() ? List.of(page.marker("security.attacker"))
                : measured.attackers()) {
            page.row(List.of(attacker, page.marker("security.did"), page.marker("security.showed")));
        }
        page.line("");
        page.heading(3, "network").write("network.write");
        page.paragraph("```sh\n./chatlab proxy --listen 7104 --target 127.0.0.1:7004 --script faults.txt --seed N "
                + "--exit-after\n```");
        page.heading(3, "discussion").write("discussion.write");
    }

    private void grades() {
        String folder = measured.gradesFolder();
        if (measured.grades().isEmpty()) {
            String command = "./chatlab grade --lab all --out " + folder;
            page.notFound("no grader results in " + folder + " (looked for " + folder + "/" + GraderScores.FILE
                    + " and " + folder + "/*/" + GraderScores.FILE + "): run `" + command + "`");
            page.missing(page.text("grades.none", MarkdownPage.code(folder),
                    "\n>\n> ```sh\n> " + command + "\n> ```\n>\n> "));
            return;
        }
        page.header(List.of(page.text("grades.columns").split("\\|")));
        for (LabGrade lab : measured.grades()) {
            page.row(List.of(lab.title(), lab.score() + "/" + lab.maxScore()
                            + (lab.partial() ? " (" + page.text("grades.partial") + ")" : ""),
                    lab.seed().orElse("n/a"), lab.failed().isEmpty() ? page.text("grades.noFailure")
                            : String.join("; ", lab.failed().stream().map(check -> check.name()).toList()),
                    MarkdownPage.code(lab.source().toString())));
        }
        page.line("");
        page.tableCaption(page.text("grades.caption"));
        for (LabGrade lab : measured.grades()) {
            if (!lab.failed().isEmpty()) {
                page.paragraph("**" + page.text("grades.failedIn", lab.title()) + "**");
                lab.failed().forEach(check -> page.line("- " + MarkdownPage.code(check.name()) + ": "
                        + (check.reason().isBlank() ? "failed" : check.reason())));
                page.line("");
            }
            if (lab.partial()) {
                page.missing(page.text("grades.partialRun", lab.title()));
            }
        }
        page.paragraph(page.text("grades.replay"));
        for (LabGrade lab : measured.grades()) {
            page.line("- " + lab.title() + ": " + MarkdownPage.code("./chatlab grade --lab " + lab.number()
                    + lab.seed().map(seed -> " --seed " + seed).orElse("") + " --out "
                    + lab.source().getParent()));
        }
        page.line("");
        for (Lab lab : measured.ungraded()) {
            String command = "./chatlab grade --lab " + lab.number() + " --out " + folder + "/lab0" + lab.number();
            page.notFound("no grader results for " + lab.title() + " in " + folder + ": run `" + command + "`");
            page.missing(page.text("grades.ungraded", lab.title(), MarkdownPage.code(command)));
        }
        page.write("grades.write");
    }

    /** The appendices: the grader's summary.md of each folder read, and the bench files. */
    void appendices() throws IOException {
        page.heading(2, "appendices").heading(3, "appendix.grader");
        Set<Path> summaries = new LinkedHashSet<>();
        measured.grades().forEach(lab -> summaries.add(lab.source().resolveSibling(GraderScores.SUMMARY)));
        if (summaries.isEmpty()) {
            page.missing(page.text("appendix.grader.none", MarkdownPage.code("./chatlab grade")));
        }
        for (Path summary : summaries) {
            if (!Files.isRegularFile(summary)) {
                page.notFound("no " + summary + " beside the grader's results.json: grade again to have it");
                page.missing(page.text("appendix.grader.missing", MarkdownPage.code(summary.toString())));
                continue;
            }
            page.paragraph(page.text("appendix.grader.from", MarkdownPage.code(summary.toString())));
            boolean fenced = false;
            for (String line : Files.readAllLines(summary, StandardCharsets.UTF_8)) {
                fenced ^= line.startsWith("```");
                page.line(!fenced && line.startsWith("#") ? "###" + line : line);
            }
            page.line("");
        }
        page.heading(3, "appendix.bench");
        if (measured.bench().isEmpty()) {
            page.missing(page.text("appendix.bench.none"));
        }
        for (BenchResult result : measured.bench()) {
            page.line("- " + MarkdownPage.code(result.file().toString()) + result.plots().stream()
                    .map(plot -> ", " + MarkdownPage.code(SkeletonFolder.IMAGES + "/" + plot.getFileName()))
                    .reduce("", String::concat));
        }
        page.line("");
        page.heading(3, "appendix.transcripts").write("appendix.transcripts.write");
    }
}
