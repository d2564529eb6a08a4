package dev.chatlab.grader.starter;

import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Exports the student version of a kit: a copy without build output, with every solution region of the
 * labs' Java sources stubbed ({@link SolutionRegions}), without the grader's hidden checks ({@link HiddenChecks}),
 * and without the grader's own tests, which grade the reference solutions and so have no place in a student's kit.
 */
public final class StarterKitExporter {

    /** Folders never copied: build output, version control, reports. */
    private static final Set<String> SKIPPED = Set.of("target", ".git", ".idea", "chatlab-report");
    /** The grader's tests assert that the reference scores 100: meaningless once the solutions are gone. */
    private static final Path GRADER_TESTS = Path.of("grader", "src", "test");
    private static final Pattern LAB_MODULE = Pattern.compile("(lab0[1-5])-.*");
    /** The grader's suites, whose hidden checks the starter kit leaves out. */
    private static final Path GRADER_MAIN = Path.of("grader", "src", "main", "java");
    /** Where a lab module keeps its main Java sources. */
    private static final Path MAIN_JAVA = Path.of("src", "main", "java");

    /**
     * What an export did: how many files it copied, the tasks it left for students ("file: task"), and the hidden
     * checks it left out ("file: method").
     */
    public record Export(int files, List<String> tasks, List<String> hiddenChecks) {
    }

    private StarterKitExporter() {
    }

    /**
     * Copies {@code kit} into {@code destination}, which must not exist or be empty.
     *
     * @throws IllegalArgumentException if the destination is not empty
     * @throws IllegalStateException if a solution region is malformed (the message names the file and line)
     */
    public static Export export(Kit kit, Path destination) throws IOException {
        return export(kit, destination, task -> false);
    }

    /**
     * Copies {@code kit} into {@code destination}, which must not exist or be empty, like
     * {@link #export(Kit, Path)}, but leaves the regions of the tasks that {@code solved} accepts solved: the kit
     * of a student part way through the handouts.
     *
     * @throws IllegalArgumentException if the destination is not empty
     * @throws IllegalStateException if a solution region is malformed (the message names the file and line)
     */
    public static Export export(Kit kit, Path destination, Predicate<String> solved) throws IOException {
        Objects.requireNonNull(kit, "kit");
        Objects.requireNonNull(solved, "solved");
        if (Files.exists(destination)) {
            try (Stream<Path> entries = Files.list(destination)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("The destination is not empty: " + destination);
                }
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(kit.root())) {
            files = walk.filter(Files::isRegularFile).filter(file -> copied(kit.root().relativize(file))).toList();
        }
        List<String> tasks = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        for (Path file : files) {
            copy(kit.root(), kit.root().relativize(file), destination, solved, tasks, hidden);
        }
        return new Export(files.size(), tasks, hidden);
    }

    /**
     * Writes the main Java sources of {@code lab}'s module into {@code destination}, in their package folders,
     * with the regions of the tasks that {@code solved} rejects stubbed: one stage of a lab, to compile against
     * the lab's reference jar. Returns the tasks stubbed ("file: task").
     *
     * @throws IllegalStateException if a solution region is malformed (the message names the file and line)
     */
    public static List<String> exportSources(Kit kit, Lab lab, Predicate<String> solved, Path destination)
            throws IOException {
        Objects.requireNonNull(kit, "kit");
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(solved, "solved");
        Matcher name = LAB_MODULE.matcher(lab.module());
        if (!name.matches()) {
            throw new IllegalArgumentException("Not a lab module: " + lab.module());
        }
        Path sources = kit.root().resolve(lab.module()).resolve(MAIN_JAVA);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".java")).toList();
        }
        List<String> tasks = new ArrayList<>();
        for (Path file : files) {
            Path relative = kit.root().relativize(file);
            Path target = destination.resolve(sources.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, stub(file, relative, name.group(1), solved, tasks),
                    StandardCharsets.UTF_8);
        }
        return tasks;
    }

    /** Copies one file of the kit, at {@code relative}, into {@code destination}, stubbed or stripped as it needs. */
    private static void copy(Path root, Path relative, Path destination, Predicate<String> solved, List<String> tasks,
                             List<String> hidden) throws IOException {
        Path file = root.resolve(relative);
        Path target = destination.resolve(relative.toString());
        Files.createDirectories(target.getParent());
        Matcher lab = LAB_MODULE.matcher(relative.getName(0).toString());
        if (lab.matches() && file.toString().endsWith(".java")) {
            Files.writeString(target, stub(file, relative, lab.group(1), solved, tasks), StandardCharsets.UTF_8);
        } else if (relative.startsWith(GRADER_MAIN) && file.toString().endsWith(".java")) {
            HiddenChecks.Stripped stripped = HiddenChecks.strip(
                    Files.readString(file, StandardCharsets.UTF_8), relative.toString());
            Files.writeString(target, stripped.text(), StandardCharsets.UTF_8);
            stripped.checks().forEach(check -> hidden.add(relative + ": " + check));
        } else {
            Files.copy(file, target);
            if (Files.isExecutable(file)) {
                target.toFile().setExecutable(true, false);
            }
        }
    }

    /** The student version of {@code file}; adds the tasks it stubbed to {@code tasks}. */
    private static String stub(Path file, Path relative, String lab, Predicate<String> solved, List<String> tasks)
            throws IOException {
        SolutionRegions.Stubbed stubbed = SolutionRegions.stub(
                Files.readString(file, StandardCharsets.UTF_8), lab, relative.toString(), solved);
        stubbed.tasks().forEach(task -> tasks.add(relative + ": " + task));
        return stubbed.text();
    }

    private static boolean copied(Path relative) {
        for (Path part : relative) {
            if (SKIPPED.contains(part.toString())) {
                return false;
            }
        }
        return !relative.startsWith(GRADER_TESTS);
    }
}
