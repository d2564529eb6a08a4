package dev.chatlab.grader.studentreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The folder a skeleton is written into: the report ({@code report.md}, or {@code informe.md} in Spanish), the
 * plots under {@code images/}, and a marker, {@code .chatlab-report.json}, that names what was written with the
 * report's SHA-256. The marker is how a later run recognises its own earlier report: it may write over it as long
 * as the report is unchanged, since a changed one holds the student's words. Any other non-empty folder is
 * refused, unless forced.
 */
final class SkeletonFolder {

    /** The subfolder of the copied plots, as the report's links name it. */
    static final String IMAGES = "images";
    /** What a run leaves to recognise its report by. */
    static final String MARKER = ".chatlab-report.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path folder;
    private final List<String> earlier;

    private SkeletonFolder(Path folder, List<String> earlier) {
        this.folder = folder;
        this.earlier = List.copyOf(earlier);
    }

    /**
     * Checks that a skeleton may be written into {@code folder}: it does not exist, is empty, holds an earlier
     * skeleton whose report nobody edited, or {@code force} is set.
     *
     * @throws IllegalArgumentException why it may not, in the words of the command line
     * @throws IOException              if the folder or its marker cannot be read
     */
    static SkeletonFolder open(Path folder, boolean force) throws IOException {
        Objects.requireNonNull(folder, "folder");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--out must be a folder, and " + folder + " is a file");
        }
        if (!Files.isDirectory(folder) || isEmpty(folder)) {
            return new SkeletonFolder(folder, List.of());
        }
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            if (force) {
                return new SkeletonFolder(folder, List.of());
            }
            throw new IllegalArgumentException(folder + " is not empty and holds no report written by `chatlab "
                    + "report`; choose a new or empty folder, or pass --force to write the report and images/ into it");
        }
        JsonNode written;
        try {
            written = JSON.readTree(Files.readString(marker, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new IOException("Cannot read " + marker + ": " + e.getMessage(), e);
        }
        Path report = folder.resolve(Path.of(written.path("report").asString("report.md")).getFileName());
        if (!force && Files.isRegularFile(report) && !sha256(Files.readString(report, StandardCharsets.UTF_8))
                .equals(written.path("sha256").asString(""))) {
            throw new IllegalArgumentException(report + " was edited after `chatlab report` wrote it, and writing "
                    + "the skeleton again would lose those edits; choose another --out, or pass --force to overwrite it");
        }
        List<String> files = new ArrayList<>(List.of(report.getFileName().toString()));
        written.path("images").forEach(image -> files.add(IMAGES + "/" + Path.of(image.asString()).getFileName()));
        return new SkeletonFolder(folder, files);
    }

    /**
     * Writes {@code markdown} as {@code fileName} and copies {@code images} into {@code images/} under their
     * own names, after removing what an earlier run wrote, then the marker.
     *
     * @return the files written, report first
     * @throws IOException if a file cannot be written or an image cannot be copied (the message names it)
     */
    List<Path> write(String fileName, String markdown, List<Path> images) throws IOException {
        Path imageFolder = folder.resolve(IMAGES);
        Path report = folder.resolve(fileName);
        try {
            Files.createDirectories(imageFolder);
            for (String file : earlier) {
                Files.deleteIfExists(folder.resolve(file));
            }
            Files.writeString(report, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("Cannot write " + report + ": " + e, e);
        }
        List<Path> written = new ArrayList<>(List.of(report));
        ObjectNode marker = JSON.createObjectNode();
        marker.put("tool", "chatlab report");
        marker.put("report", fileName);
        marker.put("sha256", sha256(markdown));
        var names = marker.putArray("images");
        for (Path image : images) {
            Path copy = imageFolder.resolve(image.getFileName());
            try {
                Files.copy(image, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new IOException("Cannot copy the plot " + image + " to " + copy + ": " + e.getMessage(), e);
            }
            names.add(image.getFileName().toString());
            written.add(copy);
        }
        Files.writeString(folder.resolve(MARKER), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(marker),
                StandardCharsets.UTF_8);
        return written;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
