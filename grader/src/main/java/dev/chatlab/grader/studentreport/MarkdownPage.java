package dev.chatlab.grader.studentreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The skeleton as it is being written: GitHub-flavoured Markdown, with numbered figures and tables, and the
 * places left for the student's own words. Each such place is an HTML comment {@code <!-- WRITE: what goes
 * here -->}, invisible on GitHub, followed by a visible {@code [[WRITE: ...]]} marker, so that
 * {@code grep -n '\[\[' report.md} lists what is left to write, as the report template's checklist asks. It
 * also remembers what was not found, for the command to print on stderr.
 */
final class MarkdownPage {

    private final ReportLanguage language;
    private final StringBuilder text = new StringBuilder();
    private final List<String> notFound = new ArrayList<>();
    private int figures;
    private int tables;

    MarkdownPage(ReportLanguage language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    ReportLanguage language() {
        return language;
    }

    /** A text of the language's bundle, with its arguments. */
    String text(String key, Object... arguments) {
        return language.text(key, arguments);
    }

    /** Appends {@code line} and a line break. */
    MarkdownPage line(String line) {
        text.append(line).append('\n');
        return this;
    }

    /** Appends {@code paragraph} and a blank line. */
    MarkdownPage paragraph(String paragraph) {
        return line(paragraph).line("");
    }

    /** A heading of {@code level} (1-6) from the bundle's {@code key}. */
    MarkdownPage heading(int level, String key, Object... arguments) {
        return paragraph("#".repeat(level) + " " + text(key, arguments));
    }

    /**
     * A place for the student's words: the guidance of {@code key + ".guide"} in a comment, then the visible
     * marker with the short label of {@code key}.
     */
    MarkdownPage write(String key) {
        line("<!-- WRITE: " + text(key + ".guide").replace("--", "- -") + " -->");
        return paragraph(marker(key));
    }

    /** The visible marker alone, for a table cell: {@code [[WRITE: short label]]}. */
    String marker(String key) {
        return "[[" + text("write.marker") + ": " + text(key) + "]]";
    }

    /** A note that something is missing, as a quoted block the reader cannot overlook. */
    MarkdownPage missing(String note) {
        return paragraph("> **" + text("missing.title") + "** " + note);
    }

    /** Remembers {@code line} (what was not found, and the command that makes it) for stderr. */
    void notFound(String line) {
        notFound.add(Objects.requireNonNull(line, "line"));
    }

    /** What was not found, in the order the page met it. */
    List<String> notFound() {
        return List.copyOf(notFound);
    }

    /** One table row of {@code cells}, each escaped for a Markdown table. */
    MarkdownPage row(List<String> cells) {
        return line("| " + String.join(" | ", cells.stream().map(MarkdownPage::cell).toList()) + " |");
    }

    /** A header row and its separator. */
    MarkdownPage header(List<String> cells) {
        row(cells);
        return line("|" + "---|".repeat(cells.size()));
    }

    /** The next table's caption line, numbered: "*Table 3: ...*". */
    MarkdownPage tableCaption(String caption) {
        return paragraph("*" + text("table.label") + " " + ++tables + ": " + caption + "*");
    }

    /** An image with its alternative text, then its numbered caption: "*Figure 2: caption*". */
    MarkdownPage figure(String relativePath, String alt, String caption) {
        line("![" + alt.replace("]", ")").replace("[", "(") + "](" + relativePath + ")").line("");
        return paragraph("*" + text("figure.label") + " " + ++figures + ": " + caption + "*");
    }

    /** A Mermaid diagram, then its numbered caption. */
    MarkdownPage diagram(String mermaid, String caption) {
        line("```mermaid").line(mermaid.stripTrailing()).line("```").line("");
        return paragraph("*" + text("figure.label") + " " + ++figures + ": " + caption + "*");
    }

    /** {@code value} as one table cell: pipes escaped, line breaks as spaces, never empty. */
    static String cell(String value) {
        String flat = value.replace("\r", "").replace("\n", " ").replace("|", "\\|").strip();
        return flat.isEmpty() ? " " : flat;
    }

    /** {@code value} in backticks, with a longer fence if it holds a backtick itself. */
    static String code(String value) {
        return value.contains("`") ? "`` " + value + " ``" : "`" + value + "`";
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
