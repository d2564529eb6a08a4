package dev.chatlab.grader.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start the server and the client under test, and how to talk to them: two command prefixes to which
 * the harness appends {@code --port 0}, or {@code --host 127.0.0.1 --port P}, then the transport's arguments
 * and a check's own; the lab's command for its other subcommands, if the target has one; and the
 * {@link Transport} of every connection.
 *
 * @param description what is graded, for the reports ("reference jar lab01-echo/target/lab01-echo.jar")
 * @param labCommand  the lab's command before a subcommand ({@code java -jar JAR}), which runs the subcommands
 *                    other than server and client (lab03's {@code users}); empty for a target given only as a
 *                    server and a client command ({@code --server-cmd}), which has none
 * @param transport   plain TCP, or TLS 1.3 with the run's certificates; the lab runner sets the lab's own
 */
public record Target(String description, List<String> serverCommand, List<String> clientCommand,
                     List<String> labCommand, Transport transport) {

    public Target {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(transport, "transport");
        serverCommand = List.copyOf(serverCommand);
        clientCommand = List.copyOf(clientCommand);
        labCommand = List.copyOf(labCommand);
        if (serverCommand.isEmpty() || clientCommand.isEmpty()) {
            throw new IllegalArgumentException("A target needs a server and a client command");
        }
    }

    /** A target over plain TCP, with no command for the lab's other subcommands. */
    public Target(String description, List<String> serverCommand, List<String> clientCommand) {
        this(description, serverCommand, clientCommand, List.of(), Transport.plain());
    }

    /** The same processes, talked to over {@code other}. */
    public Target over(Transport other) {
        return new Target(description, serverCommand, clientCommand, labCommand, other);
    }

    /**
     * A lab's runnable jar, started with the given java executable: {@code java -jar JAR server|client}, and
     * {@code java -jar JAR users ...} for another subcommand.
     */
    public static Target jar(String description, String java, String jar) {
        List<String> lab = List.of(java, "-jar", jar);
        return new Target(description, with(lab, List.of("server")), with(lab, List.of("client")), lab,
                Transport.plain());
    }

    /**
     * A command line given by a person, run by {@code sh} so that it may hold quotes and variables; the
     * harness's arguments are passed on to it with {@code "$@"}.
     */
    public static List<String> shellCommand(String commandLine) {
        Objects.requireNonNull(commandLine, "commandLine");
        if (commandLine.isBlank()) {
            throw new IllegalArgumentException("The command is empty");
        }
        return List.of("sh", "-c", "exec " + commandLine + " \"$@\"", "sh");
    }

    /** {@code prefix} followed by {@code arguments}. */
    static List<String> with(List<String> prefix, List<String> arguments) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(arguments);
        return command;
    }
}
