package dev.chatlab.grader.studentreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parts of the kit's handouts that a skeleton quotes, taken from the Markdown files themselves so that the
 * diagrams and tables have one source: the Mermaid block or the table in a section's own text (from its
 * heading to the next heading of any level; fenced code is not searched for headings), and the numbered
 * entries of a bibliography. Each method answers empty when the file, the section or the part is not there.
 */
final class HandoutExcerpts {

    private final Path docs;

    /** The handouts in {@code docs} (the kit's {@code docs} folder). */
    HandoutExcerpts(Path docs) {
        this.docs = Objects.requireNonNull(docs, "docs");
    }

    /** Where {@code file} would be, whether it exists or not. */
    Path file(String file) {
        return docs.resolve(file);
    }

    /** The body of the {@code index}-th (from 0) Mermaid block of the section {@code heading} of {@code file}. */
    Optional<String> mermaid(String file, String heading, int index) throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : section(file, heading)) {
            if (block == null && line.strip().equals("```mermaid")) {
                block = new StringBuilder();
            } else if (block != null && line.strip().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return index < blocks.size() ? Optional.of(blocks.get(index)) : Optional.empty();
    }

    /** The rows (header and separator included) of the first table of the section {@code heading} of {@code file}. */
    List<String> table(String file, String heading) throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : section(file, heading)) {
            if (line.startsWith("|")) {
                rows.add(line.strip());
            } else if (!rows.isEmpty()) {
                break;
            }
        }
        return rows;
    }

    /** The entries "[n] ..." of the section {@code heading} of {@code file}, each joined onto one line. */
    List<String> numberedEntries(String file, String heading) throws IOException {
        List<String> entries = new ArrayList<>();
        StringBuilder entry = null;
        for (String line : section(file, heading)) {
            if (line.matches("\\[\\d+] .*")) {
                entry = new StringBuilder(line.strip());
                entries.add("");
            } else if (entry != null && !line.isBlank()) {
                entry.append(' ').append(line.strip());
            } else {
                entry = null;
            }
            if (entry != null) {
                entries.set(entries.size() - 1, entry.toString());
            }
        }
        return entries;
    }

    /**
     * The lines of the section whose heading text is {@code heading}, without the heading; empty if the file or
     * the section does not exist.
     */
    private List<String> section(String file, String heading) throws IOException {
        Path path = docs.resolve(file);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        List<String> body = new ArrayList<>();
        boolean inside = false;
        boolean fenced = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            boolean isHeading = !fenced && line.matches("#{1,6} .*");
            if (isHeading && inside) {
                break;
            }
            if (inside) {
                body.add(line);
            }
            if (isHeading && line.replaceFirst("#{1,6} ", "").strip().equals(heading)) {
                inside = true;
            }
        }
        return body;
    }
}
