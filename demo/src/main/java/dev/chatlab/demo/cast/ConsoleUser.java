package dev.chatlab.demo.cast;

import dev.chatlab.demo.screen.TerminalWindow;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A person at lab04's console client: the process, shown in a terminal window of its own with the command
 * line, every line typed and every line printed (stdout and stderr alike, as a terminal shows them).
 */
public final class ConsoleUser implements AutoCloseable {

    private final String nick;
    private final KitProcess process;
    private final TerminalWindow terminal;

    private ConsoleUser(String nick, KitProcess process, TerminalWindow terminal) {
        this.nick = nick;
        this.process = process;
        this.terminal = terminal;
    }

    /**
     * Starts {@code client --host 127.0.0.1 --port PORT --nick NICK --ca CA --password-file FILE} in a
     * terminal at {@code bounds} titled with the nick and {@code where} it connects to. Returns at once: {@link #awaitLine} waits for what it prints.
     */
    public static ConsoleUser start(String nick, String where, int port, Path ca, Path passwordFile, Path home,
                                    Rectangle bounds) throws StepFailedException {
        List<String> args = List.of("client", "--host", "127.0.0.1", "--port", Integer.toString(port), "--nick", nick,
                "--ca", ca.toString(), "--password-file", passwordFile.toString());
        TerminalWindow terminal = TerminalWindow.open(nick + " — lab04 console client, " + where, bounds);
        terminal.print("$ ./chatlab lab04 " + String.join(" ", args).replace(home + "/", ""));
        KitProcess process = KitProcess.start(nick, "dev.chatlab.lab04.Lab04", args, home, (stream, line) -> terminal.print(line));
        return new ConsoleUser(nick, process, terminal);
    }

    public String nick() {
        return nick;
    }

    /** Types {@code line} into the client (it shows in the terminal as typed). */
    public void type(String line) throws StepFailedException {
        terminal.typed(line);
        process.type(line);
    }

    /** Waits until the client prints exactly {@code line} on stdout. */
    public void awaitLine(String line) throws StepFailedException {
        process.awaitLine(KitProcess.Stream.OUT, line::equals, Await.STEP, "'" + line + "'");
    }

    /** Waits until the client prints a stdout line starting with {@code prefix}; returns it. */
    public String awaitPrefix(String prefix, Duration timeout) throws StepFailedException {
        return process.awaitLine(KitProcess.Stream.OUT, line -> line.startsWith(prefix), timeout, "a line starting '" + prefix + "'");
    }

    /** Waits until the client prints a stderr line starting with {@code prefix}; returns it. */
    public String awaitError(String prefix) throws StepFailedException {
        return process.awaitLine(KitProcess.Stream.ERR, line -> line.startsWith(prefix), Await.STEP, "an error line starting '" + prefix + "'");
    }

    /** How many stdout lines are exactly {@code line}. */
    public long count(String line) {
        return process.lines(KitProcess.Stream.OUT).stream().filter(line::equals).count();
    }

    /** Waits for the client to end; its exit status. */
    public int awaitExit() throws StepFailedException {
        Optional<Integer> status = process.awaitExit(Await.STEP);
        if (status.isEmpty()) {
            throw new StepFailedException(nick + "'s console client did not end within " + Await.seconds(Await.STEP));
        }
        terminal.print("[exit status " + status.get() + "]");
        return status.get();
    }

    /** Stops the client and closes its terminal. */
    @Override
    public void close() {
        process.close();
        terminal.close();
    }
}
