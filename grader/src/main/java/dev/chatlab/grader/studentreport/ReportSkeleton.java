package dev.chatlab.grader.studentreport;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes a skeleton in the report template's structure (title page, introduction, objectives, theoretical
 * framework, development, results, conclusions, recommendations, bibliography, appendices): the places for the
 * student's words, the handouts' comparison tables with a column to discuss them, the kit's diagrams, and the
 * results section of {@link ResultTables}. What a handout no longer holds is left out with a note that the page
 * also keeps for stderr, never replaced by a copy of its own.
 */
final class ReportSkeleton {

    /** A Mermaid diagram of a handout: the {@code index}-th in the section {@code heading} of {@code file}. */
    record HandoutDiagram(String captionKey, String file, String heading, int index) {
    }

    /** The architecture: the modules, then each lab's own structure. */
    static final List<HandoutDiagram> ARCHITECTURE = List.of(
            new HandoutDiagram("diagram.modules", "architecture.md", "Architecture of the kit", 0),
            new HandoutDiagram("diagram.connection", "lab02.md", "Slow consumers and back-pressure", 0),
            new HandoutDiagram("diagram.secureLayers", "lab03.md", "Lab 3: a secure chat", 0),
            new HandoutDiagram("diagram.reconnect", "lab04.md", "Architecture: what lab04 reuses and what it owns", 0));
    /** The protocol: one chat/1 session, the TLS handshake, a session's life across connections. */
    static final List<HandoutDiagram> PROTOCOL = List.of(
            new HandoutDiagram("diagram.session", "protocol.md", "A worked session with talk", 0),
            new HandoutDiagram("diagram.handshake", "lab03.md", "What TLS 1.3 gives", 0),
            new HandoutDiagram("diagram.resume", "lab04.md", "Sessions, resume and the history ring", 0));
    /** The handout sections whose tables the framework discusses. */
    static final String THREADS_FILE = "lab02.md";
    static final String THREADS_HEADING = "From iterative to concurrent";
    static final String THREATS_FILE = "lab03.md";
    static final String THREATS_HEADING = "The threat model";

    private final MarkdownPage page;
    private final HandoutExcerpts handouts;

    ReportSkeleton(MarkdownPage page, HandoutExcerpts handouts) {
        this.page = Objects.requireNonNull(page, "page");
        this.handouts = Objects.requireNonNull(handouts, "handouts");
    }

    /** Writes the whole skeleton, with {@code results} as section 5 and the appendices. */
    void write(ResultTables results) throws IOException {
        page.line("<!-- " + page.text("preamble.comment") + " -->");
        page.paragraph("# " + page.marker("title"));
        page.paragraph(page.text("preamble"));
        page.header(List.of(" ", " "));
        for (String field : List.of("authors", "course", "labs", "commit", "date")) {
            page.row(List.of(page.text("titlePage." + field), page.marker("titlePage." + field + ".write")));
        }
        page.line("");
        page.paragraph("**" + page.text("abstract") + "** " + page.marker("abstract.write"));
        page.heading(2, "introduction").write("introduction.write");
        page.heading(2, "objectives").paragraph("**" + page.text("objectives.general") + "** "
                + page.marker("objectives.general.write"));
        page.paragraph("**" + page.text("objectives.specific") + "**").write("objectives.specific.write");
        page.heading(2, "framework").write("framework.write");
        comparison("framework.threads", THREADS_FILE, THREADS_HEADING, "framework.threads.column");
        comparison("framework.threats", THREATS_FILE, THREATS_HEADING, "framework.threats.column");
        page.heading(2, "development").heading(3, "architecture");
        diagrams(ARCHITECTURE);
        page.write("architecture.write");
        page.heading(3, "protocol");
        diagrams(PROTOCOL);
        page.write("protocol.write");
        page.heading(3, "regions").write("regions.write");
        page.heading(3, "decisions");
        page.header(List.of(page.text("decisions.columns").split("\\|")));
        page.row(List.of(page.marker("decisions.decision"), page.marker("decisions.alternatives"),
                page.marker("decisions.why"), page.marker("decisions.evidence")));
        page.line("");
        results.write();
        page.heading(2, "conclusions").write("conclusions.write");
        page.heading(2, "recommendations").write("recommendations.write");
        bibliography();
        results.appendices();
    }

    /** A handout's comparison table, with a last column for the student's own answer. */
    private void comparison(String key, String file, String heading, String columnKey) throws IOException {
        page.heading(3, key);
        List<String> rows = handouts.table(file, heading);
        if (rows.size() < 3) {
            missingHandout(file, heading, "table");
            return;
        }
        page.paragraph(page.text(key + ".intro", "docs/" + file, heading));
        page.line(rows.get(0) + " " + page.text(columnKey) + " |");
        page.line(rows.get(1) + "---|");
        rows.subList(2, rows.size()).forEach(row -> page.line(row + " " + page.marker("cell") + " |"));
        page.line("");
        page.tableCaption(page.text(key + ".caption", "docs/" + file));
        page.write(key + ".write");
    }

    private void diagrams(List<HandoutDiagram> diagrams) throws IOException {
        for (HandoutDiagram diagram : diagrams) {
            var mermaid = handouts.mermaid(diagram.file(), diagram.heading(), diagram.index());
            if (mermaid.isEmpty()) {
                missingHandout(diagram.file(), diagram.heading(), "Mermaid diagram");
                continue;
            }
            page.diagram(mermaid.get(), page.text(diagram.captionKey()) + " "
                    + page.text("diagram.source", "docs/" + diagram.file(), diagram.heading()));
        }
    }

    private void bibliography() throws IOException {
        page.heading(2, "bibliography");
        String template = page.text("bibliography.template");
        List<String> entries = handouts.numberedEntries(template, page.text("bibliography.templateHeading"));
        if (entries.isEmpty()) {
            missingHandout(template, page.text("bibliography.templateHeading"), "bibliography");
        }
        entries.forEach(entry -> page.paragraph(entry));
        page.write("bibliography.write");
    }

    private void missingHandout(String file, String heading, String what) {
        String note = "docs/" + file + ": no " + what + " under \"" + heading + "\""
                + (java.nio.file.Files.isRegularFile(handouts.file(file)) ? "" : " (the file is missing)");
        page.notFound(note);
        page.missing(page.text("missing.handout", MarkdownPage.code(note)));
    }
}
