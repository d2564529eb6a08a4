package dev.chatlab.grader.checkpoint;

import dev.chatlab.grader.run.Kit;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs some of a module's test classes against one stage, in a JVM of its own started on the stage's class path
 * ({@link ModuleTests#classPath}) with the module's test JVM options ({@link SurefireSettings}), its main class
 * {@link StageTestMain}. Its own JVM, because a test may start another JVM on {@code java.class.path} (the labs'
 * process tests do), which must run the stage too; and because a stub can leave threads blocked that only the
 * JVM's end stops. Without {@code DISPLAY}, so that a window test starts a private X server and never shares one
 * with a grading's.
 *
 * <p>{@link #run} blocks until the JVM has exited, for at most {@link #DEADLINE}: then it and the processes it
 * started are killed (also when the waiting thread is interrupted), and the classes it had not finished have no
 * outcome.
 */
final class StageTestProcess {

    static final Duration DEADLINE = Duration.ofMinutes(5);

    private StageTestProcess() {
    }

    /**
     * What the JVM found: an outcome per class it finished, in the order run, and its output if it ended
     * otherwise than by finishing them all.
     *
     * @param outcomes the classes' outcomes
     * @param trouble  empty, or how the JVM ended early and the end of its output
     */
    record Report(List<StageTestMain.Outcome> outcomes, String trouble) {
    }

    /**
     * Runs {@code mustPass} (every test) and then {@code mustFail} (each up to its first failure), binary class
     * names, against the stage whose classes are in {@code stageClasses}, working in {@code folder}.
     */
    static Report run(ModuleTests tests, Path stageClasses, Path folder, List<String> mustPass, List<String> mustFail)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path services = folder.resolve("services");
        Path service = services.resolve(StagePatience.SERVICE);
        Files.createDirectories(service.getParent());
        Files.writeString(service, StagePatience.class.getName() + "\n");
        Path outcomes = folder.resolve("outcomes.tsv");
        Path output = folder.resolve("output.log");
        List<String> arguments = new ArrayList<>(SurefireSettings.jvmOptions(tests.module().resolve("pom.xml"),
                folder.resolve("build")));
        arguments.add("-cp");
        arguments.add(tests.classPath(stageClasses, services).stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
        arguments.add(StageTestMain.class.getName());
        arguments.add(outcomes.toString());
        mustPass.forEach(name -> arguments.add("pass:" + name));
        mustFail.forEach(name -> arguments.add("fail:" + name));
        Path argumentFile = folder.resolve("java.args"); // a class path can outgrow one command-line argument
        Files.write(argumentFile, arguments.stream().map(StageTestProcess::quoted).toList(), StandardCharsets.UTF_8);

        ProcessBuilder builder = new ProcessBuilder(Kit.javaExecutable(), "@" + argumentFile)
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        String trouble = "";
        try {
            if (!process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                trouble = "the test JVM was still running after " + DEADLINE.toMinutes() + " min and was killed";
            } else if (process.exitValue() != 0) {
                trouble = "the test JVM exited with status " + process.exitValue();
            }
        } finally {
            if (process.isAlive()) { // over its deadline, or this thread was interrupted while waiting
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
        List<StageTestMain.Outcome> finished = Files.exists(outcomes)
                ? Files.readAllLines(outcomes).stream().filter(StageTestMain.Outcome::isWhole)
                        .map(StageTestMain.Outcome::parse).toList()
                : List.of();
        if (trouble.isEmpty() && finished.size() < mustPass.size() + mustFail.size()) {
            trouble = "the test JVM finished " + finished.size() + " of " + (mustPass.size() + mustFail.size())
                    + " classes";
        }
        if (!trouble.isEmpty()) {
            List<String> lines = new String(Files.readAllBytes(output), StandardCharsets.UTF_8).lines().toList();
            trouble += "; its output ends:\n    "
                    + String.join("\n    ", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        }
        return new Report(finished, trouble);
    }

    /** One argument of a Java argument file: quoted, with backslashes and quotes escaped. */
    private static String quoted(String argument) {
        return '"' + argument.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
