package dev.chatlab.grader;

import dev.chatlab.grader.report.ConsoleScorecard;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The grader's command line: {@code java -jar grader.jar grade ...}. Exit codes: 0 every check passed,
 * 1 some check failed, 2 bad usage, 3 grading could not run (a build failed, a jar is missing).
 */
@Command(name = "grader", mixinStandardHelpOptions = true, version = "ChatLab grader 1.0",
        description = "Grades ChatLab labs as black boxes: processes and real sockets on 127.0.0.1.",
        subcommands = {GradeCommand.class, CommandLine.HelpCommand.class})
public final class GraderMain {

    /** Exit code when grading could not run at all. */
    static final int CANNOT_GRADE = 3;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new GraderMain());
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                ConsoleScorecard.colorWanted() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("error: " + exception.getMessage());
            return CANNOT_GRADE;
        });
        System.exit(commandLine.execute(args));
    }
}
