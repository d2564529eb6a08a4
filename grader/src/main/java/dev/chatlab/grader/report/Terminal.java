package dev.chatlab.grader.report;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Whether stdout is a terminal that takes control codes: colours, and a status line redrawn in place.
 *
 * <p>The launcher knows best: {@code ./chatlab} tests {@code [ -t 1 ]} and passes the answer as
 * {@code -Dchatlab.tty=true} or {@code false}. Without it the JVM is asked. {@code System.console()} alone does
 * not tell: from JDK 22 on it returns a console even when stdout is piped, and {@code Console.isTerminal()}
 * (JDK 22+, so called reflectively by a grader built for 21) says whether it is a terminal; on JDK 21 a console
 * exists only when stdin and stdout are both a terminal. Whatever the answer, a non-empty {@code NO_COLOR} or
 * {@code TERM=dumb} turns control codes off: plain lines only.
 */
public final class Terminal {

    /** The system property through which the launcher says whether stdout is a terminal. */
    public static final String TTY_PROPERTY = "chatlab.tty";

    private Terminal() {
    }

    /**
     * True when colours and redrawn lines may be written to stdout.
     *
     * @throws IllegalStateException if {@code -Dchatlab.tty} is neither {@code true} nor {@code false}
     */
    public static boolean controlCodesWanted() {
        return controlCodesWanted(System.getenv(), System.getProperty(TTY_PROPERTY));
    }

    /** {@link #controlCodesWanted()} for the environment {@code env} and the launcher's answer {@code told}. */
    static boolean controlCodesWanted(Map<String, String> env, String told) {
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty() || "dumb".equals(env.get("TERM"))) {
            return false;
        }
        if (told == null) {
            return jvmSeesTerminal();
        }
        return switch (told) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalStateException("-D" + TTY_PROPERTY + " takes true or false, not: " + told);
        };
    }

    /** The JVM's own answer: {@code Console.isTerminal()} where it exists (JDK 22+), else whether there is a console. */
    private static boolean jvmSeesTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        Method isTerminal;
        try {
            isTerminal = Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException jdk21) {
            return true; // on JDK 21 a console exists only on a terminal
        }
        try {
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot ask the JVM whether stdout is a terminal: " + e, e);
        }
    }
}
