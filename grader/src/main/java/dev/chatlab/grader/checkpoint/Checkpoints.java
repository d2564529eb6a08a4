package dev.chatlab.grader.checkpoint;

import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checkpoints of one lab's handout, as its data file says them:
 *
 * <pre>{@code
 * { "lab": 1,
 *   "start": ["server exits 2 on bad usage and 1 when its port is taken", ...],
 *   "tasks": [ { "title": "bind the server socket and listen",
 *                "regions": ["bind the server socket and listen"],
 *                "tests": ["EchoServerTest"],
 *                "checks": ["server listens on the labs default port without port"] }, ... ] }
 * }</pre>
 *
 * {@code start} names the grader checks that pass with no task done; each task, in the handout's order, names
 * its solution regions (the text after {@code // BEGIN SOLUTION:}), the module's test classes that pass from it
 * on, and the grader checks that pass from it on and not before. A check passes at the stage where it is named
 * and at every later stage.
 *
 * @param lab   the lab's number
 * @param start the checks that pass on the starter kit as it is
 * @param tasks the handout's tasks, in order
 */
public record Checkpoints(int lab, List<String> start, List<Task> tasks) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One task of the handout.
     *
     * @param title   the handout's title of the task
     * @param regions the solution regions the task fills in
     * @param tests   the module's test classes that pass once the tasks up to this one are done
     * @param checks  the grader checks that pass once the tasks up to this one are done, and not before
     */
    public record Task(String title, List<String> regions, List<String> tests, List<String> checks) {

        public Task {
            Objects.requireNonNull(title, "title");
            regions = List.copyOf(regions);
            tests = List.copyOf(tests);
            checks = List.copyOf(checks);
            if (regions.isEmpty()) {
                throw new IllegalArgumentException("The task \"" + title + "\" names no solution region");
            }
        }
    }

    public Checkpoints {
        start = List.copyOf(start);
        tasks = List.copyOf(tasks);
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("lab" + lab + "'s checkpoints name no task");
        }
    }

    /** Where the kit keeps {@code lab}'s checkpoints: {@code docs/checkpoints/lab01.json}. */
    public static Path file(Kit kit, Lab lab) {
        return kit.root().resolve("docs").resolve("checkpoints").resolve(String.format("lab%02d.json", lab.number()));
    }

    /**
     * Reads a checkpoints file.
     *
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException naming the file if it is not JSON of the shape above
     */
    public static Checkpoints read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage(), e);
        }
        List<Task> tasks = new ArrayList<>();
        for (JsonNode task : array(root, "tasks", file)) {
            tasks.add(new Task(text(task, "title", file), strings(task, "regions", file), strings(task, "tests", file),
                    strings(task, "checks", file)));
        }
        JsonNode lab = root.get("lab");
        if (lab == null || !lab.isInt()) {
            throw new IllegalArgumentException(file + ": \"lab\" must be the lab's number");
        }
        return new Checkpoints(lab.intValue(), strings(root, "start", file), tasks);
    }

    /** The solution regions of tasks 1 to {@code k}: those solved at stage {@code k}. */
    public Set<String> regionsUpTo(int k) {
        Set<String> regions = new LinkedHashSet<>();
        tasks.subList(0, k).forEach(task -> regions.addAll(task.regions()));
        return regions;
    }

    /** The checks that pass at stage {@code k} and not before: the start's for 0, task {@code k}'s after. */
    public List<String> newAt(int k) {
        return k == 0 ? start : tasks.get(k - 1).checks();
    }

    /** Every check that passes at stage {@code k} (0 to the number of tasks): the start's and tasks 1 to k's. */
    public List<String> passingAt(int k) {
        List<String> passing = new ArrayList<>(start);
        tasks.subList(0, k).forEach(task -> passing.addAll(task.checks()));
        return passing;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException(file + ": \"" + field + "\" must be an array");
        }
        return value;
    }

    private static List<String> strings(JsonNode node, String field, Path file) {
        List<String> strings = new ArrayList<>();
        for (JsonNode value : array(node, field, file)) {
            if (!value.isString()) {
                throw new IllegalArgumentException(file + ": \"" + field + "\" must hold strings, not " + value);
            }
            strings.add(value.asString());
        }
        return strings;
    }

    private static String text(JsonNode node, String field, Path file) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(file + ": each task needs a \"" + field + "\" string");
        }
        return value.asString();
    }
}
