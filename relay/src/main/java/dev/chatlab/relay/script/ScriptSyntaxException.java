package dev.chatlab.relay.script;

/** A script or console line the relay cannot read; the message names the line and column, counted from 1. */
public final class ScriptSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String problem;

    public ScriptSyntaxException(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the position: {@code unknown action 'cutt'}. */
    public String problem() {
        return problem;
    }
}
