package dev.chatlab.grader.lab05;

import dev.chatlab.grader.guidriver.GuiDriver;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * Turns the command of a desktop client under test into the command of the GUI driver that runs it: {@code java
 * [OPTIONS] -jar CLIENT.jar ARGS} becomes {@code java [OPTIONS] -Djava.util.prefs.userRoot=PREFS -cp
 * CLIENT.jar:GRADER GuiDriver MAIN ARGS}, with MAIN the jar's {@code Main-Class}; {@code java -cp CP MAIN ARGS}
 * becomes the same with {@code CP:GRADER}. The client's class path comes first, so every class it has is its
 * own; the grader's (this JVM's class path) adds the driver and AssertJ Swing. Preferences the client
 * remembers go to the check's own folder.
 */
final class DriverCommand {

    private DriverCommand() {
    }

    /**
     * The driver's command for {@code client}; empty if {@code client} is not a {@code java} command with
     * {@code -jar} or {@code -cp} (a shell command line), which the driver cannot run inside its JVM.
     */
    static Optional<List<String>> wrap(List<String> client, Path prefs) {
        if (client.isEmpty() || !Path.of(client.get(0)).getFileName().toString().startsWith("java")) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(client.get(0), "-Djava.util.prefs.userRoot=" + prefs));
        for (int i = 1; i < client.size() - 1; i++) {
            String word = client.get(i);
            if (word.equals("-jar")) {
                String jar = client.get(i + 1);
                return Optional.of(finish(command, jar, mainClass(jar), client.subList(i + 2, client.size())));
            }
            if (word.equals("-cp") || word.equals("-classpath") || word.equals("--class-path")) {
                if (i + 2 >= client.size()) {
                    return Optional.empty();
                }
                return Optional.of(finish(command, client.get(i + 1), client.get(i + 2),
                        client.subList(i + 3, client.size())));
            }
            if (!word.startsWith("-")) {
                return Optional.empty();
            }
            command.add(word); // a JVM option of the client's command, kept
        }
        return Optional.empty();
    }

    private static List<String> finish(List<String> command, String clientClassPath, String main, List<String> rest) {
        command.addAll(List.of("-cp", clientClassPath + File.pathSeparator + graderClassPath(),
                GuiDriver.class.getName(), main));
        command.addAll(rest);
        return command;
    }

    /** This JVM's class path (the grader's jar, or its classes in its own tests), each entry absolute. */
    static String graderClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String mainClass(String jar) {
        try (JarFile file = new JarFile(jar)) {
            String main = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Main-Class");
            if (main == null || main.isBlank()) {
                throw new AssertionError("expected " + jar + " to name its Main-Class in its manifest, but it has none");
            }
            return main.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the manifest of " + jar + ": " + e.getMessage(), e);
        }
    }
}
