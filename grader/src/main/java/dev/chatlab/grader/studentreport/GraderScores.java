package dev.chatlab.grader.studentreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what {@code ./chatlab grade} wrote: {@code results.json} (the Gradescope format of the grader's
 * {@code report.GradescopeReport}) in a folder and in each of its subfolders, so that labs graded one at a time
 * into {@code chatlab-report/lab01}, {@code chatlab-report/lab02}, ... are all found. Each test of the file is
 * named "lab title: check name"; a failed one's output begins with the one-line reason. When two files hold the
 * same lab, the newer file wins.
 */
final class GraderScores {

    /** The name of the file read. */
    static final String FILE = "results.json";
    /** The grader's summary beside it, which the skeleton's appendix quotes. */
    static final String SUMMARY = "summary.md";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The run's seed in the file's {@code output}: "ChatLab grader: 100/100 (seed 7)". */
    private static final Pattern SEED = Pattern.compile("\\(seed (\\d+)\\)");
    /** The number in a lab's title: "lab01 echo". */
    private static final Pattern LAB_NUMBER = Pattern.compile("lab0*(\\d+)");

    /** A check that did not pass, with the first line of its explanation. */
    record FailedCheck(String name, String reason) {
    }

    /**
     * One lab's grade as a results file holds it.
     *
     * @param seed    the run's seed, empty if the file does not say
     * @param partial true when the run graded only some checks ({@code grade --check})
     * @param source  the results file it was read from
     */
    record LabGrade(String title, int score, int maxScore, Optional<String> seed, boolean partial,
                    List<FailedCheck> failed, Path source) {

        LabGrade {
            Objects.requireNonNull(title, "title");
            failed = List.copyOf(failed);
        }

        /** The lab's number as {@code grade --lab} takes it, from the title ("lab01 echo": 1), or "N". */
        String number() {
            Matcher number = LAB_NUMBER.matcher(title);
            return number.lookingAt() ? number.group(1) : "N";
        }
    }

    private GraderScores() {
    }

    /**
     * Every lab graded in {@code folder}'s results files, sorted by title; empty if there are none.
     *
     * @throws IOException if a results file cannot be read or is not the grader's (the message names it)
     */
    static List<LabGrade> read(Path folder) throws IOException {
        Map<String, LabGrade> newest = new LinkedHashMap<>();
        for (Path file : resultFiles(folder)) { // oldest first: a newer file replaces an older one's labs
            for (LabGrade lab : readFile(file)) {
                newest.put(lab.title(), lab);
            }
        }
        return newest.values().stream().sorted(Comparator.comparing(LabGrade::title)).toList();
    }

    /** {@code folder/results.json} and {@code folder/<sub>/results.json} that exist, oldest first. */
    static List<Path> resultFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : children.sorted().toList()) {
                Path nested = child.resolve(FILE);
                if (Files.isDirectory(child) && Files.isRegularFile(nested)) {
                    files.add(nested);
                }
            }
        }
        if (Files.isRegularFile(folder.resolve(FILE))) {
            files.add(folder.resolve(FILE));
        }
        Map<Path, FileTime> times = new LinkedHashMap<>();
        for (Path file : files) {
            times.put(file, Files.getLastModifiedTime(file));
        }
        return files.stream().sorted(Comparator.comparing(times::get)).toList();
    }

    private static List<LabGrade> readFile(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException | IOException e) {
            throw unreadable("the grader's results", file, e);
        }
        try {
            String output = root.path("output").asString("");
            Matcher seed = SEED.matcher(output);
            Optional<String> runSeed = seed.find() ? Optional.of(seed.group(1)) : Optional.empty();
            boolean partial = output.contains("a partial run");
            Map<String, List<JsonNode>> byLab = new LinkedHashMap<>();
            for (JsonNode test : required(root, "tests")) {
                String name = required(test, "name").asString();
                int colon = name.indexOf(": ");
                if (colon < 1) {
                    throw new IllegalArgumentException("a test not named \"lab: check\": " + name);
                }
                byLab.computeIfAbsent(name.substring(0, colon), title -> new ArrayList<>()).add(test);
            }
            List<LabGrade> labs = new ArrayList<>();
            byLab.forEach((title, tests) -> labs.add(lab(title, tests, runSeed, partial, file)));
            return labs;
        } catch (IllegalArgumentException e) {
            throw new IOException("Not the grader's results.json: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static LabGrade lab(String title, List<JsonNode> tests, Optional<String> seed, boolean partial,
                                Path file) {
        int score = 0;
        int maxScore = 0;
        List<FailedCheck> failed = new ArrayList<>();
        for (JsonNode test : tests) {
            score += required(test, "score").asInt();
            maxScore += required(test, "max_score").asInt();
            if (!required(test, "status").asString().equals("passed")) {
                String reason = test.path("output").asString("").lines().findFirst().orElse("");
                failed.add(new FailedCheck(test.get("name").asString().substring(title.length() + 2), reason));
            }
        }
        return new LabGrade(title, score, maxScore, seed, partial, failed, file);
    }

    /** The error of a results file that cannot be read: "Cannot read WHAT FILE: why", on one line. */
    static IOException unreadable(String what, Path file, Exception e) {
        String why = e instanceof JacksonException json ? json.getOriginalMessage() : e.toString();
        return new IOException("Cannot read " + what + " " + file + ": " + why.lines().findFirst().orElse(""), e);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no field \"" + field + "\"");
        }
        return value;
    }
}
