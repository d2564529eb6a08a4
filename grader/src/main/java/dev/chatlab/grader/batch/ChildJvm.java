package dev.chatlab.grader.batch;

import dev.chatlab.grader.GraderMain;
import dev.chatlab.grader.check.MachineLock;
import dev.chatlab.grader.harness.LiveProcesses;
import dev.chatlab.grader.run.Kit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A submission graded by a child JVM of the grader: {@code java -cp <the grader's classpath> GraderMain grade
 * --submission ...}, with its own temporary folder ({@code java.io.tmpdir}, under which every check's
 * CHATLAB_HOME and every process's folder go), its output in {@code grading.log}. A crash or a hang stays in the
 * child, which the batch kills with every process under it when its time is up.
 *
 * @param kit       the instructor's kit, whose labs the child grades
 * @param machineLock the file through which gradings running side by side take turns for what the whole machine
 *                  has once (a lab's default port)
 */
record ChildJvm(Kit kit, Path machineLock) implements Isolation {

    /** The child's heap: the grader's side of the heaviest check holds a few tens of MiB. */
    private static final String HEAP = "-Xmx768m";

    ChildJvm {
        Objects.requireNonNull(kit, "kit");
        Objects.requireNonNull(machineLock, "machineLock");
    }

    @Override
    public Ended grade(Path submission, Path work, Path reports, List<String> arguments, Duration timeout)
            throws IOException, InterruptedException {
        Path temporary = Files.createDirectories(work.resolve("tmp"));
        Files.createDirectories(reports);
        List<String> command = new ArrayList<>(List.of(Kit.javaExecutable(), HEAP,
                "-Djava.io.tmpdir=" + temporary, "-Dchatlab.kit=" + kit.root(), "-Dchatlab.tty=false",
                "-D" + MachineLock.PROPERTY + "=" + machineLock,
                "-cp", System.getProperty("java.class.path"), GraderMain.class.getName(),
                "grade", "--submission", submission.toString(), "--out", reports.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(reports.resolve("grading.log").toFile());
        builder.environment().put("TMPDIR", temporary.toString());
        Process child = builder.start();
        LiveProcesses.register(child, "grading of " + submission.getFileName());
        try {
            boolean finished = child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                LiveProcesses.killTree(child.toHandle());
                child.waitFor(10, TimeUnit.SECONDS);
                return new Ended(true, -1);
            }
            return new Ended(false, child.exitValue());
        } finally {
            if (child.isAlive()) { // interrupted: no grading outlives the batch
                LiveProcesses.killTree(child.toHandle());
            }
            LiveProcesses.unregister(child);
        }
    }
}
