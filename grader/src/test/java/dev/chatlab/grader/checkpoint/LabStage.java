package dev.chatlab.grader.checkpoint;

import dev.chatlab.grader.harness.Target;
import dev.chatlab.grader.harness.Transport;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.starter.StarterKitExporter;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One stage of a lab as a student has it part way through the handout: the module's sources with some tasks'
 * solution regions solved and the others stubbed, compiled with javac in this JVM against the lab's reference
 * jar, and run with those classes first on the class path. The reference jar then only adds what the student
 * does not write: the earlier labs' modules, the libraries and the resources. Building a stage this way takes
 * seconds, where a Maven build of the module takes a minute.
 */
final class LabStage {

    private LabStage() {
    }

    /**
     * Compiles {@code lab}'s module with the regions of {@code solved} solved into {@code folder}, and returns
     * the target that runs it.
     *
     * @throws IllegalStateException if the reference jar is missing or the stage does not compile (the message
     *                               holds javac's)
     */
    static Target build(Kit kit, Lab lab, Set<String> solved, Path folder, String description) throws IOException {
        Path jar = kit.jar(lab);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build the kit first (mvn package)");
        }
        Path sources = folder.resolve("src");
        Path classes = Files.createDirectories(classes(folder));
        StarterKitExporter.exportSources(kit, lab, solved::contains, sources);
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(file -> file.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("This JVM has no Java compiler: run the grader's tests on a JDK");
        }
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-cp", jar.toString(), "--release", "21",
                    "-proc:none", "-nowarn", "-encoding", "UTF-8");
            boolean compiled = javac.getTask(messages, manager, null, options, null,
                    manager.getJavaFileObjectsFromFiles(files)).call();
            if (!compiled) {
                throw new IllegalStateException(description + " does not compile:\n" + messages);
            }
        }
        List<String> command = new ArrayList<>(List.of(Kit.javaExecutable(), "-cp",
                classes + File.pathSeparator + jar, mainClass(jar)));
        List<String> server = new ArrayList<>(command);
        server.add("server");
        List<String> client = new ArrayList<>(command);
        client.add("client");
        return new Target(description, server, client, command, Transport.plain());
    }

    /** Where {@link #build} puts the stage's classes, under the folder it builds in. */
    static Path classes(Path folder) {
        return folder.resolve("classes");
    }

    private static String mainClass(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Main-Class").strip();
        }
    }
}
