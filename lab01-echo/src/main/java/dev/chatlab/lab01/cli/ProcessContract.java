package dev.chatlab.lab01.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.Objects;
import picocli.CommandLine;

/**
 * Runs a lab's command line under the kit's process contract, which every lab and the grader share.
 *
 * <ul>
 *   <li>exit {@value #OK}: normal end;</li>
 *   <li>exit {@value #FAILURE}: runtime failure, reported as exactly one {@code error: ...} line on stderr;</li>
 *   <li>exit {@value #USAGE}: bad command-line usage, reported with the usage help on stderr.</li>
 * </ul>
 *
 * A server announces itself with {@link #announceListening(int)}: the first and only line it writes to
 * stdout. Everything else a server says is a log line on stderr.
 */
public final class ProcessContract {

    /** Normal end. */
    public static final int OK = 0;
    /** Runtime failure: cannot connect, rejected, TLS failure... */
    public static final int FAILURE = 1;
    /** Bad command-line usage. */
    public static final int USAGE = 2;

    private ProcessContract() {
    }

    /**
     * Parses {@code args} for {@code command}, runs it and returns the exit code to pass to
     * {@link System#exit(int)}. Never throws: every failure becomes exit code 1 and one {@code error:} line.
     */
    public static int run(Object command, String... args) {
        Objects.requireNonNull(command, "command");
        CommandLine commandLine = new CommandLine(command);
        commandLine.setErr(new PrintWriter(StandardStreams.stderr(), true));
        commandLine.setOut(new PrintWriter(StandardStreams.stdout(), true));
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            printError(StandardStreams.stderr(), exception);
            return FAILURE;
        });
        return commandLine.execute(args);
    }

    /**
     * Runs {@code server} as the contract wants: announces {@code LISTENING <port>}, serves until SIGTERM or
     * Ctrl-C (a shutdown hook closes the server), and returns {@link #OK}. Blocks while the server runs.
     *
     * @throws CommandFailedException if the listening socket fails
     */
    public static int serveUntilStopped(ListeningServer server) {
        try (server) {
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "server-shutdown"));
            announceListening(server.port());
            server.serve();
        } catch (IOException e) {
            throw new CommandFailedException("the listening socket failed: " + e.getMessage(), e);
        }
        return OK;
    }

    /** The failure to report when a server cannot bind {@code address}: "cannot listen on 127.0.0.1:7001: ...". */
    public static CommandFailedException cannotListen(InetSocketAddress address, IOException cause) {
        return new CommandFailedException("cannot listen on " + address.getAddress().getHostAddress() + ":"
                + address.getPort() + ": " + cause.getMessage(), cause);
    }

    /** Prints the one line that tells the grader and the user that the server accepts connections. */
    public static void announceListening(int port) {
        PrintStream out = StandardStreams.stdout();
        out.println("LISTENING " + port);
        out.flush();
    }

    /** Prints {@code error: <what went wrong>} for {@code failure} on {@code err}, on one line. */
    public static void printError(PrintStream err, Throwable failure) {
        String message = failure instanceof CommandFailedException
                ? failure.getMessage()
                : describe(failure);
        err.println("error: " + message.replace('\n', ' '));
        err.flush();
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String kind = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
