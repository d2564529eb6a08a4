package dev.chatlab.grader.report;

import dev.chatlab.grader.result.LabOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The overview of a batch of submissions. {@code grades.csv}, for a spreadsheet or an LMS grade import: one row
 * per submission with each lab's points and status (graded, build-failed, timed-out, not-submitted,
 * grading-failed), the total, and the submission's status. {@code class-summary.md}, for the instructor: the
 * grades, then per lab the spread of the scores (a table with bars, and {@code labNN-histogram.png}) and the
 * checks failed most often with their hints: what to teach again. Each submission's own reports are in its folder.
 */
public final class BatchReport {

    /** One submission of the batch and the outcome of each of its labs. */
    public record Entry(String name, List<LabOutcome> labs) {

        public Entry {
            Objects.requireNonNull(name, "name");
            labs = List.copyOf(labs);
        }

        /** Points over every lab. */
        int total() {
            return labs.stream().mapToInt(LabOutcome::score).sum();
        }

        /** Points available: each graded lab's, and 100 for a lab that was not graded. */
        int max() {
            return labs.stream().mapToInt(lab -> lab.wasGraded() ? lab.maxScore() : 100).sum();
        }

        /** "graded" if every lab was, else the status of the first lab that was not. */
        String status() {
            return labs.stream().filter(lab -> !lab.wasGraded()).findFirst()
                    .map(lab -> lab.status().label()).orElse("graded");
        }

        /** Why the first lab not graded was not, on one line; empty if every lab was graded. */
        String note() {
            return labs.stream().filter(lab -> !lab.wasGraded()).findFirst()
                    .map(lab -> lab.title() + ": " + lab.note().lines().findFirst().orElse("")).orElse("");
        }
    }

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,\"\r\n]");
    /** How many of the checks failed most often the summary lists per lab. */
    private static final int MOST_FAILED = 10;

    private BatchReport() {
    }

    /** Writes grades.csv, class-summary.md and a histogram PNG per lab into {@code folder}; returns their paths. */
    public static List<Path> write(List<Entry> entries, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<Integer, String> labs = new TreeMap<>();
        entries.forEach(entry -> entry.labs().forEach(lab -> labs.put(lab.lab(), lab.title())));
        List<Path> written = new ArrayList<>();
        written.add(write(folder.resolve("grades.csv"), csv(entries, labs.keySet())));
        StringBuilder md = new StringBuilder("# ChatLab class summary\n\n").append(entries.size())
                .append(" submissions. Each one's reports are in its own folder; the grades are in `grades.csv`.\n\n")
                .append(gradesTable(entries, labs.keySet()));
        for (Map.Entry<Integer, String> lab : labs.entrySet()) {
            List<LabOutcome> outcomes = entries.stream().flatMap(entry -> entry.labs().stream())
                    .filter(outcome -> outcome.lab() == lab.getKey()).toList();
            String png = String.format(Locale.ROOT, "lab%02d-histogram.png", lab.getKey());
            ScoreHistogram histogram = new ScoreHistogram(outcomes.stream().filter(LabOutcome::wasGraded)
                    .map(LabOutcome::score).toList());
            histogram.writePng(lab.getValue() + ": scores", folder.resolve(png));
            written.add(folder.resolve(png));
            md.append("\n## ").append(lab.getValue()).append("\n\n").append(counts(outcomes)).append("\n\n")
                    .append(histogram.markdown()).append("\n![").append(lab.getValue()).append(" scores](")
                    .append(png).append(")\n\n").append(mostFailed(outcomes));
        }
        written.add(1, write(folder.resolve("class-summary.md"), md.toString()));
        return written;
    }

    private static String csv(List<Entry> entries, Iterable<Integer> labs) {
        StringBuilder csv = new StringBuilder("submission");
        labs.forEach(lab -> csv.append(String.format(Locale.ROOT, ",lab%02d,lab%02d status", lab, lab)));
        csv.append(",total,max,status,note\n");
        for (Entry entry : entries) {
            csv.append(field(entry.name()));
            for (int lab : labs) {
                LabOutcome outcome = outcome(entry, lab);
                csv.append(',').append(outcome == null || !outcome.wasGraded() ? "" : Integer.toString(outcome.score()))
                        .append(',').append(outcome == null ? "" : outcome.status().label());
            }
            csv.append(',').append(entry.total()).append(',').append(entry.max()).append(',').append(entry.status())
                    .append(',').append(field(entry.note())).append('\n');
        }
        return csv.toString();
    }

    private static String gradesTable(List<Entry> entries, Iterable<Integer> labs) {
        StringBuilder md = new StringBuilder("| submission |");
        int columns = 0;
        for (int lab : labs) {
            md.append(String.format(Locale.ROOT, " lab%02d |", lab));
            columns++;
        }
        md.append(" total | status |\n|---|").append("---|".repeat(columns + 2)).append('\n');
        for (Entry entry : entries) {
            md.append("| ").append(cell(entry.name())).append(" |");
            for (int lab : labs) {
                LabOutcome outcome = outcome(entry, lab);
                md.append(' ').append(outcome == null ? "" : outcome.wasGraded() ? Integer.toString(outcome.score())
                        : outcome.status().label()).append(" |");
            }
            md.append(' ').append(entry.total()).append('/').append(entry.max()).append(" | ")
                    .append(cell(entry.status())).append(" |\n");
        }
        return md.toString();
    }

    /** "5 of 6 graded (1 build-failed); mean 71, median 80." */
    private static String counts(List<LabOutcome> outcomes) {
        List<Integer> scores = outcomes.stream().filter(LabOutcome::wasGraded).map(LabOutcome::score).sorted().toList();
        Map<String, Long> others = new LinkedHashMap<>();
        outcomes.stream().filter(outcome -> !outcome.wasGraded())
                .forEach(outcome -> others.merge(outcome.status().label(), 1L, Long::sum));
        StringBuilder text = new StringBuilder().append(scores.size()).append(" of ").append(outcomes.size())
                .append(" graded");
        if (!others.isEmpty()) {
            text.append(" (").append(String.join(", ", others.entrySet().stream()
                    .map(other -> other.getValue() + " " + other.getKey()).toList())).append(')');
        }
        if (!scores.isEmpty()) {
            double mean = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
            text.append(String.format(Locale.ROOT, "; mean %.0f, median %d", mean, scores.get(scores.size() / 2)));
        }
        return text.append('.').toString();
    }

    /** The checks that the graded submissions failed most often, with their hints. */
    private static String mostFailed(List<LabOutcome> outcomes) {
        long graded = outcomes.stream().filter(LabOutcome::wasGraded).count();
        Map<String, LabOutcome.FailedCheck> checks = new LinkedHashMap<>();
        Map<String, Integer> failures = new LinkedHashMap<>();
        outcomes.stream().filter(LabOutcome::wasGraded).flatMap(outcome -> outcome.failed().stream())
                .forEach(check -> {
                    checks.putIfAbsent(check.name(), check);
                    failures.merge(check.name(), 1, Integer::sum);
                });
        if (failures.isEmpty()) {
            return graded == 0 ? "" : "Every graded submission passed every check.\n";
        }
        StringBuilder md = new StringBuilder("Checks failed most often (what to teach again):\n\n"
                + "| check | failed by | hint |\n|---|---|---|\n");
        failures.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MOST_FAILED)
                .forEach(failure -> {
                    LabOutcome.FailedCheck check = checks.get(failure.getKey());
                    md.append("| ").append(cell(check.name())).append(" | ").append(failure.getValue())
                            .append(" of ").append(graded).append(" | ").append(cell(check.hint()))
                            .append(" (see docs/").append(check.see()).append(") |\n");
                });
        return md.toString();
    }

    private static LabOutcome outcome(Entry entry, int lab) {
        return entry.labs().stream().filter(outcome -> outcome.lab() == lab).findFirst().orElse(null);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line end (RFC 4180). */
    private static String field(String value) {
        return NEEDS_QUOTES.matcher(value).find() ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
