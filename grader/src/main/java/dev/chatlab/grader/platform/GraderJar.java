package dev.chatlab.grader.platform;

import dev.chatlab.grader.GraderMain;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * The running grader as one runnable jar, to ship in an autograder: the grader's own jar, copied. A grader that
 * runs from its classes (in the kit's own build, before the jar is packaged) is written as a jar whose manifest
 * names its classpath, which runs on this machine only: for a dry run of the autograder.
 */
final class GraderJar {

    private GraderJar() {
    }

    /** Writes the grader's runnable jar to {@code jar}. */
    static void write(Path jar) throws IOException {
        Path code;
        try {
            code = Path.of(GraderMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Cannot tell where the grader's code is", e);
        }
        if (Files.isRegularFile(code)) {
            Files.copy(code, jar);
            return;
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, GraderMain.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Arrays.stream(
                        System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
    }
}
