package dev.chatlab.bench;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab01.cli.StandardStreams;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The entry point of {@code chatlab bench}. Exit codes follow the kit's process contract: 0 when every run
 * finished, 1 with one {@code error: ...} line when a run could not be carried out, 2 for bad usage.
 */
public final class Bench {

    private Bench() {
    }

    /** Runs the bench command line and exits with its exit code. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(StandardStreams.stdout(), StandardStreams.stderr(), args));
    }

    /**
     * Runs the bench command line with its table on {@code out} and its progress and errors on {@code err}.
     * Blocks for every run it makes. Never throws.
     *
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        CommandLine commandLine = new CommandLine(new BenchCommand(out, err));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            ProcessContract.printError(err, exception);
            return ProcessContract.FAILURE;
        });
        return commandLine.execute(args);
    }
}
