package dev.chatlab.grader.studentreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what {@code ./chatlab bench} wrote into its {@code --out} folder: {@code <stem>.json} (the document of
 * bench's {@code report.ResultJson}: kind, scenario, every run, the medians of a comparison) and the plots
 * beside it, {@code <stem>-latency.png}, {@code -throughput.png} and {@code -sweep.png}. A JSON file of another
 * tool in the folder is left out; one that is not JSON at all is an error.
 */
final class BenchResults {

    /** The plots bench writes beside {@code <stem>.json}, in the order a report shows them. */
    static final List<String> PLOTS = List.of("latency", "throughput", "sweep");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One bench invocation.
     *
     * @param file  its JSON document
     * @param root  the document itself, read as {@link BenchTables} needs it
     * @param plots the PNG files found beside it, in {@link #PLOTS} order
     */
    record BenchResult(Path file, JsonNode root, List<Path> plots) {

        BenchResult {
            Objects.requireNonNull(file, "file");
            plots = List.copyOf(plots);
        }

        /** The file name without {@code .json}: {@code latency-compare-20261201-010817}. */
        String stem() {
            String name = file.getFileName().toString();
            return name.substring(0, name.length() - ".json".length());
        }

        /** {@code single}, {@code compare} or {@code sweep}. */
        String kind() {
            return root.path("kind").asString("");
        }
    }

    private BenchResults() {
    }

    /**
     * Every bench result in {@code folder}, oldest first (by the time bench wrote it); empty if there is none.
     *
     * @param others receives the JSON files of other tools that were left out
     * @throws IOException if a JSON file cannot be read or parsed (the message names it)
     */
    static List<BenchResult> read(Path folder, List<Path> others) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> children = Files.list(folder)) {
            files = children.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<BenchResult> results = new ArrayList<>();
        for (Path file : files) {
            JsonNode root;
            try {
                root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (JacksonException | IOException e) {
                throw GraderScores.unreadable("the bench result", file, e);
            }
            if (!root.path("tool").asString("").equals("chatlab bench") || !root.path("runs").isArray()) {
                others.add(file);
                continue;
            }
            String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
            List<Path> plots = PLOTS.stream().map(plot -> folder.resolve(stem + "-" + plot + ".png"))
                    .filter(Files::isRegularFile).toList();
            results.add(new BenchResult(file, root, plots));
        }
        return results.stream().sorted(Comparator.comparing(result -> result.root().path("writtenAt").asString("")))
                .toList();
    }
}
