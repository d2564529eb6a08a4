package dev.chatlab.grader.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every handout section the grader points a student at ({@code see = "lab05.md#reconnecting"} in a check, or the
 * same in a failure's hint) exists: the file is in {@code docs/}, and one of its headings has that anchor as
 * GitHub makes it (lower case, punctuation dropped, spaces as hyphens, {@code -1} after a repeated one). A
 * renamed heading otherwise leaves a failing student a dead link. The docs' links to each other's sections are
 * held to the same.
 */
class HandoutLinksTest {

    private static final Path KIT = Kit.ofThisGrader().root();
    private static final Pattern LINK = Pattern.compile("\"([a-z0-9-]+\\.md)#([a-z0-9-]+)\"");
    /** A Markdown link to a section: {@code [text](lab02.md#framing)} or {@code [text](#framing)}. */
    private static final Pattern DOC_LINK = Pattern.compile("\\]\\(([^)#\\s]*\\.md|)#([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

    /** Each file's anchors, read once however many links lead into it. */
    private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();

    @Test
    void every_handout_section_the_grader_points_at_has_a_heading_with_that_anchor() throws IOException {
        List<String> dead = new ArrayList<>();
        int links = 0;
        try (Stream<Path> sources = Files.walk(KIT.resolve("grader/src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher link = LINK.matcher(Files.readString(source));
                while (link.find()) {
                    links++;
                    whyDead(KIT.resolve("docs").resolve(link.group(1)), link.group(2), "no docs/" + link.group(1))
                            .ifPresent(why -> dead.add(KIT.relativize(source) + ": " + link.group() + " (" + why
                                    + ")"));
                }
            }
        }
        assertThat(links).as("links found in the grader's sources").isGreaterThan(50);
        assertThat(dead).as("links to handout sections that do not exist").isEmpty();
    }

    @Test
    void every_link_between_the_docs_to_a_section_has_a_heading_with_that_anchor() throws IOException {
        List<String> dead = new ArrayList<>();
        int links = 0;
        try (Stream<Path> docs = Files.walk(KIT.resolve("docs"))) {
            for (Path doc : docs.filter(path -> path.toString().endsWith(".md")).toList()) {
                Matcher link = DOC_LINK.matcher(Files.readString(doc));
                while (link.find()) {
                    links++;
                    Path target = link.group(1).isEmpty() ? doc : doc.resolveSibling(link.group(1)).normalize();
                    whyDead(target, link.group(2), "no such file")
                            .ifPresent(why -> dead.add(KIT.relativize(doc) + ": " + link.group() + " (" + why + ")"));
                }
            }
        }
        assertThat(links).as("links to sections found in docs/").isGreaterThan(100);
        assertThat(dead).as("links to sections that do not exist").isEmpty();
    }

    /** Why a link to {@code anchor} in {@code target} leads nowhere ({@code missing} if no such file), or empty. */
    private Optional<String> whyDead(Path target, String anchor, String missing) throws IOException {
        if (!Files.isRegularFile(target)) {
            return Optional.of(missing);
        }
        if (!anchorsByFile.containsKey(target)) {
            anchorsByFile.put(target, anchors(target));
        }
        return anchorsByFile.get(target).contains(anchor) ? Optional.empty() : Optional.of("no such heading");
    }

    /** The anchors of {@code handout}'s headings, outside code blocks, as GitHub renders them. */
    private static Set<String> anchors(Path handout) throws IOException {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean code = false;
        for (String line : Files.readAllLines(handout)) {
            if (line.startsWith("```")) {
                code = !code;
            }
            Matcher heading = HEADING.matcher(line);
            if (!code && heading.matches()) {
                String anchor = heading.group(1).strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                int earlier = seen.merge(anchor, 1, Integer::sum) - 1; // a repeated heading's gets -1, -2...
                anchors.add(earlier == 0 ? anchor : anchor + "-" + earlier);
            }
        }
        return anchors;
    }
}
