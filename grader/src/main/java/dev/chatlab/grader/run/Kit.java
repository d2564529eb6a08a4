package dev.chatlab.grader.run;

import dev.chatlab.grader.harness.Target;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A copy of the ChatLab kit on disk: the kit itself, or a student's submission. Knows where each lab's
 * runnable jar is ({@code <module>/target/<module>.jar}) and which java runs it.
 */
public record Kit(Path root) {

    public Kit {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /**
     * The kit this grader belongs to: the {@code chatlab.kit} system property if set, else the folder three
     * levels above the grader's jar or classes ({@code <kit>/grader/target/grader.jar}).
     */
    public static Kit ofThisGrader() {
        String property = System.getProperty("chatlab.kit");
        if (property != null && !property.isBlank()) {
            return new Kit(Path.of(property));
        }
        try {
            Path code = Path.of(Kit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new Kit(code.getParent().getParent().getParent());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Cannot tell where the kit is; pass --kit DIR", e);
        }
    }

    /** True if this kit has {@code lab}'s module folder. */
    public boolean has(Lab lab) {
        return Files.isDirectory(root.resolve(lab.module()));
    }

    /** Where {@code lab}'s runnable jar is, whether it exists or not. */
    public Path jar(Lab lab) {
        return root.resolve(lab.module()).resolve("target").resolve(lab.module() + ".jar");
    }

    /** {@code lab}'s jar as a target, run by the java that runs the grader. */
    public Target target(Lab lab, String description) {
        return Target.jar(description, javaExecutable(), jar(lab).toString());
    }

    /**
     * How the reports name this kit's jar of {@code lab}: "your jar <absolute path>" for a student's work (a
     * submission, or the sources a watch follows), "reference <path in the kit>" for the kit's own.
     */
    public String describeJar(Lab lab, boolean yours) {
        return yours ? "your jar " + jar(lab) : "reference " + root.relativize(jar(lab));
    }

    /** The java executable of the running JVM, which is at least 21. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
