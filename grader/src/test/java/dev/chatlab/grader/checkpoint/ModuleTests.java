package dev.chatlab.grader.checkpoint;

import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A lab module's own test classes as its build compiled them ({@code target/test-classes}, with its test
 * resources), to run against every stage of the lab. A stage differs from the reference only inside method bodies
 * (a stubbed region keeps every signature and constant), so tests compiled against the reference link against
 * each stage's classes.
 *
 * <p>The libraries are this JVM's class path ({@code java.class.path}, which Surefire sets to the test class path):
 * the grader's tests depend on every lab module and on what their tests use (JUnit, AssertJ, the relay), and they
 * hold {@link StageTestMain}. On a stage's class path they come last, after the stage's classes, the tests and the
 * reference jar, so they only add what a module's tests use beyond its own jar.
 *
 * @param module    the module's folder
 * @param classes   the compiled test classes and resources
 * @param reference the lab's reference jar: what the student does not write (earlier labs, libraries, resources)
 * @param libraries this JVM's class path
 */
record ModuleTests(Path module, Path classes, Path reference, List<Path> libraries) {

    ModuleTests {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(reference, "reference");
        libraries = List.copyOf(libraries);
    }

    /**
     * {@code lab}'s module tests in {@code kit}.
     *
     * @throws IllegalStateException if the reference jar or the compiled tests are missing
     */
    static ModuleTests of(Kit kit, Lab lab) {
        Path module = kit.root().resolve(lab.module());
        Path jar = kit.jar(lab);
        Path classes = module.resolve("target/test-classes");
        for (Path needed : List.of(jar, classes)) {
            if (!Files.exists(needed)) {
                throw new IllegalStateException("Missing " + needed + ": build the kit first (mvn -DskipTests package)");
            }
        }
        List<Path> libraries = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).toList();
        return new ModuleTests(module, classes, jar, libraries);
    }

    /**
     * The binary name of the module's test class called {@code simpleName}: "OutboundQueueTest" is
     * "dev.chatlab.lab02.server.OutboundQueueTest".
     *
     * @throws IllegalArgumentException if the module has no top-level test class of that name, or several
     */
    String className(String simpleName) throws IOException {
        List<String> found;
        try (Stream<Path> walk = Files.walk(classes)) {
            found = walk.filter(file -> file.getFileName().toString().equals(simpleName + ".class"))
                    .map(file -> classes.relativize(file).toString().replace(File.separatorChar, '.'))
                    .map(name -> name.substring(0, name.length() - ".class".length())).toList();
        }
        if (found.size() != 1) {
            throw new IllegalArgumentException(module.getFileName() + "'s tests have " + found.size()
                    + " classes named " + simpleName + (found.isEmpty() ? "" : ": " + found));
        }
        return found.getFirst();
    }

    /**
     * Where a stage's tests find their classes, first to last: the stage's own classes, the tests, {@code extra}
     * (a folder of service files), the reference jar, the libraries.
     */
    List<Path> classPath(Path stageClasses, Path extra) {
        List<Path> path = new ArrayList<>(List.of(stageClasses, classes, extra, reference));
        path.addAll(libraries);
        return path;
    }
}
