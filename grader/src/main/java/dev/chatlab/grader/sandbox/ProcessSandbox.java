package dev.chatlab.grader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How the processes of a submission run: under {@link #limited} limits ({@code --sandbox process}), or as they
 * are ({@link #NONE}). A limited process gets a scrubbed environment (PATH, LANG, LC_ALL, JAVA_HOME, MAVEN_ARGS, and HOME,
 * TMPDIR and CHATLAB_HOME set by the grader), its own temporary folder as working folder, HOME and TMPDIR, a
 * memory cap ({@code -Xmx} for a {@code java} command, an address-space limit for a program that is not a JVM),
 * and, through
 * {@code prlimit} (util-linux) where the system has it, a CPU-time and a process-count limit.
 *
 * <p>One sandbox per JVM, like the registry of live processes: the grade command {@link #install}s its own, and
 * every process under test and every build started in the meantime runs in it.
 */
public final class ProcessSandbox {

    /** No limits and the grader's own environment: the reference labs, and the grader's own tests. */
    public static final ProcessSandbox NONE = new ProcessSandbox(null, Optional.empty(), 0);

    private static final Set<String> KEPT = Set.of("PATH", "LANG", "LC_ALL", "JAVA_HOME", "MAVEN_ARGS");
    private static volatile ProcessSandbox current = NONE;

    private final ProcessLimits limits; // null: none
    private final Optional<String> prlimit;
    private final int userThreads;

    private ProcessSandbox(ProcessLimits limits, Optional<String> prlimit, int userThreads) {
        this.limits = limits;
        this.prlimit = prlimit;
        this.userThreads = userThreads;
    }

    /** A sandbox with {@code limits}, using {@code prlimit} if this system has it. */
    public static ProcessSandbox limited(ProcessLimits limits) {
        return new ProcessSandbox(Objects.requireNonNull(limits, "limits"), findPrlimit(), countUserThreads());
    }

    /** The sandbox of this JVM's processes under test: {@link #NONE} unless one is installed. */
    public static ProcessSandbox current() {
        return current;
    }

    /** Makes {@code sandbox} this JVM's until the returned handle is closed, which puts back the one before. */
    public static AutoCloseable install(ProcessSandbox sandbox) {
        ProcessSandbox before = current;
        current = Objects.requireNonNull(sandbox, "sandbox");
        return () -> current = before;
    }

    /** True if processes get a folder, an environment and limits of their own. */
    public boolean isolates() {
        return limits != null;
    }

    /** What this sandbox cannot do on this system, in a sentence for the instructor; empty if nothing. */
    public Optional<String> shortcoming() {
        if (limits != null && prlimit.isEmpty()) {
            return Optional.of("prlimit (util-linux) is not installed here: student processes run without CPU-time "
                    + "and process-count limits, and only a java -jar gets a memory cap (-Xmx)");
        }
        return Optional.empty();
    }

    /**
     * The command that runs {@code command} (a process under test) in this sandbox, {@code work} being its own
     * folder: {@code java ...} gets {@code -Xmx} and its temporary folder, a program that is not a JVM an
     * address-space limit; each gets CPU-time and process-count limits through prlimit.
     */
    public List<String> command(List<String> command, Path work) {
        if (limits == null) {
            return command;
        }
        List<String> limited = new ArrayList<>(command);
        if (isJava(command)) {
            limited.addAll(1, List.of("-Xmx" + limits.memoryMegabytes() + "m", "-Djava.io.tmpdir=" + work));
        }
        boolean jvm = isJava(command) || execsJava(command);
        return prlimited(limited, limits.cpuSeconds(), jvm ? Optional.empty() : Optional.of(limits.addressSpaceBytes()));
    }

    /**
     * Prepares {@code builder} to run a process under test: working folder, HOME and TMPDIR {@code work},
     * CHATLAB_HOME {@code home}, nothing else of the grader's environment but PATH, LANG, LC_ALL and JAVA_HOME.
     * Without limits, only CHATLAB_HOME is set.
     */
    public void prepare(ProcessBuilder builder, Path home, Path work) {
        Map<String, String> environment = builder.environment();
        if (limits != null) {
            environment.keySet().retainAll(KEPT);
            environment.put("HOME", work.toString());
            environment.put("TMPDIR", work.toString());
            builder.directory(work.toFile());
        }
        environment.put("CHATLAB_HOME", home.toString());
    }

    /**
     * The Maven command {@code mvn} run in this sandbox: the CPU-time limit of {@code cpuSeconds}, the process
     * count, and (through MAVEN_OPTS, set by {@link #prepareBuild}) a heap twice a process's.
     */
    public List<String> buildCommand(List<String> mvn, long cpuSeconds) {
        return limits == null ? mvn : prlimited(mvn, cpuSeconds, Optional.empty());
    }

    /**
     * Prepares {@code builder} to run a build: the environment scrubbed to PATH, LANG, LC_ALL, JAVA_HOME and HOME
     * (Maven finds its settings and local repository there), and MAVEN_OPTS with the build's heap.
     */
    public void prepareBuild(ProcessBuilder builder) {
        if (limits != null) {
            Map<String, String> environment = builder.environment();
            String home = environment.get("HOME");
            environment.keySet().retainAll(KEPT);
            if (home != null) {
                environment.put("HOME", home);
            }
            environment.put("MAVEN_OPTS", "-Xmx" + 2 * limits.memoryMegabytes() + "m");
        }
    }

    private List<String> prlimited(List<String> command, long cpuSeconds, Optional<Long> addressSpace) {
        if (prlimit.isEmpty()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(prlimit.get(), "--cpu=" + cpuSeconds,
                "--nproc=" + (userThreads + limits.processes())));
        addressSpace.ifPresent(bytes -> wrapped.add("--as=" + bytes));
        wrapped.add("--");
        wrapped.addAll(command);
        return wrapped;
    }

    /** True for {@code <.../java> ...}: a JVM, whose heap -Xmx caps (an address-space limit would kill it). */
    static boolean isJava(List<String> command) {
        return !command.isEmpty() && isJavaProgram(command.getFirst());
    }

    /**
     * True for a command line given to the grader that runs java ({@code sh -c "exec java -cp ..."}, see
     * {@link dev.chatlab.grader.harness.Target#shellCommand}): it gets no address-space limit, which a JVM cannot
     * start under, and no -Xmx either, which the shell's command line does not let the grader add.
     */
    static boolean execsJava(List<String> command) {
        if (command.size() < 3 || !command.get(0).equals("sh") || !command.get(1).equals("-c")
                || !command.get(2).startsWith("exec ")) {
            return false;
        }
        String[] words = command.get(2).substring("exec ".length()).strip().split("\\s+", 2);
        return isJavaProgram(words[0]);
    }

    private static boolean isJavaProgram(String program) {
        String name = program.substring(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1);
        return name.equals("java") || name.equals("java.exe");
    }

    /** The prlimit executable, if it is on the PATH and runs. */
    private static Optional<String> findPrlimit() {
        String path = Objects.requireNonNullElse(System.getenv("PATH"), "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, "prlimit");
            if (Files.isExecutable(candidate) && runs(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    private static boolean runs(Path prlimit) {
        try {
            Process version = new ProcessBuilder(prlimit.toString(), "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return version.waitFor(5, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * How many threads the user running the grader has now: the kernel's process-count limit counts them all,
     * so the limit a sandbox sets is this many plus its own. 0 where there is no /proc.
     */
    private static int countUserThreads() {
        Path proc = Path.of("/proc");
        Path self = proc.resolve("self").resolve("status");
        if (!Files.isReadable(self)) {
            return 0;
        }
        try (Stream<Path> processes = Files.list(proc)) {
            String uid = field(self, "Uid:");
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToInt(p -> {
                        Path status = p.resolve("status");
                        return uid.equals(field(status, "Uid:")) ? parseOrZero(field(status, "Threads:")) : 0;
                    }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The first word after {@code name} in a /proc status file; empty if the process is gone. */
    private static String field(Path status, String name) {
        try (Stream<String> lines = Files.lines(status)) {
            return lines.filter(line -> line.startsWith(name)).findFirst()
                    .map(line -> line.substring(name.length()).strip().split("\\s+")[0]).orElse("");
        } catch (IOException | java.io.UncheckedIOException gone) {
            return "";
        }
    }

    private static int parseOrZero(String number) {
        return number.isEmpty() ? 0 : Integer.parseInt(number);
    }
}
