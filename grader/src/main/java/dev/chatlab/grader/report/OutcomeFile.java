package dev.chatlab.grader.report;

import dev.chatlab.grader.result.LabOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code outcome.json}: what became of each lab of a submission (graded with its score and failed checks, or why
 * not), for machines: the batch reads it back to write {@code grades.csv} and to skip what it already graded.
 * Every write replaces the file atomically (a temporary file moved over it), so a reader, or a grading
 * interrupted in the middle, sees the whole previous version or the whole new one, never half of one.
 */
public final class OutcomeFile {

    /** The file's name in a submission's report folder. */
    public static final String NAME = "outcome.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A submission's outcome.
     *
     * @param key      what it was graded from (content hash, grader version, labs), empty until a batch sets it
     * @param complete true once every lab asked for has its outcome
     */
    public record Outcome(String key, boolean complete, List<LabOutcome> labs) {

        public Outcome {
            Objects.requireNonNull(key, "key");
            labs = List.copyOf(labs);
        }
    }

    private OutcomeFile() {
    }

    /** Writes {@code outcome} to {@code file}, replacing it atomically. */
    public static void write(Outcome outcome, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("key", outcome.key());
        root.put("complete", outcome.complete());
        ArrayNode labs = root.putArray("labs");
        for (LabOutcome lab : outcome.labs()) {
            ObjectNode node = labs.addObject();
            node.put("lab", lab.lab());
            node.put("title", lab.title());
            node.put("status", lab.status().label());
            node.put("score", lab.score());
            node.put("max_score", lab.maxScore());
            node.put("note", lab.note());
            ArrayNode failed = node.putArray("failed");
            lab.failed().forEach(check -> failed.addObject()
                    .put("name", check.name()).put("hint", check.hint()).put("see", check.see()));
        }
        writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    /**
     * The outcome in {@code file}; empty if there is none.
     *
     * @throws IOException if the file cannot be read or is not an outcome (the message names the file)
     */
    public static Optional<Outcome> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<LabOutcome> labs = new ArrayList<>();
            for (JsonNode node : required(root, "labs")) {
                List<LabOutcome.FailedCheck> failed = new ArrayList<>();
                for (JsonNode check : required(node, "failed")) {
                    failed.add(new LabOutcome.FailedCheck(text(check, "name"), text(check, "hint"),
                            text(check, "see")));
                }
                labs.add(new LabOutcome(required(node, "lab").asInt(), text(node, "title"),
                        LabOutcome.Status.ofLabel(text(node, "status")), required(node, "score").asInt(),
                        required(node, "max_score").asInt(), text(node, "note"), failed));
            }
            return Optional.of(new Outcome(text(root, "key"), required(root, "complete").asBoolean(), labs));
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IOException("Not a grading outcome: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** Writes {@code text} to {@code file} through a temporary file beside it, moved over it in one step. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("no field \"" + field + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asString();
    }
}
