package dev.chatlab.grader.report;

import dev.chatlab.grader.result.GradeResult;
import dev.chatlab.grader.result.LabResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The overview of a batch of submissions: {@code grades.csv} for a spreadsheet or an LMS grade import (one
 * row per submission, one column per lab), and {@code class-summary.md} for people. Each submission's own
 * four reports are in its own folder.
 */
public final class BatchReport {

    /** One submission of the batch: graded, or not gradable with the reason. */
    public record Entry(String name, GradeResult result, String notGradedBecause) {

        public Entry {
            Objects.requireNonNull(name, "name");
        }

        public static Entry graded(String name, GradeResult result) {
            return new Entry(name, Objects.requireNonNull(result, "result"), null);
        }

        public static Entry notGraded(String name, String reason) {
            return new Entry(name, null, Objects.requireNonNull(reason, "reason"));
        }

        public boolean wasGraded() {
            return result != null;
        }
    }

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,\"\r\n]");

    private BatchReport() {
    }

    /** Writes grades.csv and class-summary.md into {@code folder} and returns their paths. */
    public static List<Path> write(List<Entry> entries, Path folder) throws IOException {
        Files.createDirectories(folder);
        TreeSet<Integer> labs = new TreeSet<>();
        entries.stream().filter(Entry::wasGraded)
                .forEach(entry -> entry.result().labs().forEach(lab -> labs.add(lab.lab())));

        StringBuilder csv = new StringBuilder("submission");
        StringBuilder md = new StringBuilder("# ChatLab grades\n\n| submission |");
        for (int lab : labs) {
            csv.append(",lab").append(String.format("%02d", lab));
            md.append(String.format(" lab%02d |", lab));
        }
        csv.append(",total,max,status\n");
        md.append(" total | status |\n|---|").append("---|".repeat(labs.size() + 2)).append('\n');
        for (Entry entry : entries) {
            csv.append(csvField(entry.name()));
            md.append("| ").append(entry.name()).append(" |");
            for (int lab : labs) {
                String score = entry.wasGraded() ? entry.result().labs().stream().filter(l -> l.lab() == lab)
                        .findFirst().map(l -> Integer.toString(l.score())).orElse("") : "";
                csv.append(',').append(score);
                md.append(' ').append(score).append(" |");
            }
            String status = entry.wasGraded() ? "graded" : "not graded: " + firstLine(entry.notGradedBecause());
            String total = entry.wasGraded() ? Integer.toString(entry.result().score()) : "";
            String max = entry.wasGraded() ? Integer.toString(entry.result().labs().stream()
                    .mapToInt(LabResult::maxScore).sum()) : "";
            csv.append(',').append(total).append(',').append(max).append(',').append(csvField(status)).append('\n');
            md.append(' ').append(total).append(entry.wasGraded() ? "/" + max : "").append(" | ")
                    .append(status.replace("|", "\\|")).append(" |\n");
        }
        Path csvFile = folder.resolve("grades.csv");
        Path mdFile = folder.resolve("class-summary.md");
        Files.writeString(csvFile, csv, StandardCharsets.UTF_8);
        Files.writeString(mdFile, md, StandardCharsets.UTF_8);
        return List.of(csvFile, mdFile);
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    /** A CSV field, quoted when it holds a comma, a quote or a line end (RFC 4180). */
    private static String csvField(String value) {
        return NEEDS_QUOTES.matcher(value).find() ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
