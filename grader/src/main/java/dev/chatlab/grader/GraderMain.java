package dev.chatlab.grader;

import dev.chatlab.grader.report.ConsoleScorecard;
import dev.chatlab.grader.result.ExitCode;
import dev.chatlab.grader.studentreport.ReportCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The grader's command line: {@code java -jar grader.jar grade ...}. Exit codes: 0 every check passed,
 * 1 some check failed, 2 bad usage, 3 grading could not run (a build failed, a jar is missing).
 */
@Command(name = "grader", mixinStandardHelpOptions = true, version = "ChatLab grader 1.0",
        description = "Grades ChatLab labs as black boxes: processes and real sockets on 127.0.0.1.",
        subcommands = {GradeCommand.class, ExportStarterCommand.class, GradescopeCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class})
public final class GraderMain {

    /** Exit code when grading could not run at all. */
    static final int CANNOT_GRADE = ExitCode.CANNOT_GRADE;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The grader's command line, writing UTF-8 to stdout and stderr; {@code execute} returns the exit code. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new GraderMain());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                ConsoleScorecard.colorWanted() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("error: " + exception.getMessage());
            return CANNOT_GRADE;
        });
        return commandLine;
    }
}
