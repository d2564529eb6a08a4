package dev.chatlab.lab03;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab03.pki.KitCertificates;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs lab03's command line in-process as {@link ProcessContract#run} does, but on given stdin and captured
 * stdout and stderr, with no console (as when stdin is piped).
 */
record Lab03Run(int exitCode, String stdout, String stderr) {

    static Lab03Run run(String stdin, String... args) {
        return run(null, stdin, args);
    }

    /** Runs with the kit CA in {@code kit} (null: the environment's), never the user's own. */
    static Lab03Run run(KitCertificates kit, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        Terminal terminal = new Terminal(new BufferedReader(new StringReader(stdin)), stdout, stderr, null);
        CommandLine commandLine = new CommandLine(kit == null ? new Lab03(terminal) : new Lab03(terminal, kit));
        commandLine.setOut(new PrintWriter(stdout, true));
        commandLine.setErr(new PrintWriter(stderr, true));
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            ProcessContract.printError(stderr, exception);
            return ProcessContract.FAILURE;
        });
        int exitCode = commandLine.execute(args);
        return new Lab03Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
