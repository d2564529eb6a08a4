package dev.chatlab.grader.lab01.broken;

import java.io.IOException;

/** A lab01 echo server that ends with a stack trace when its port is taken ({@link BrokenEchoServer.Defect#STACK_TRACE_WHEN_THE_PORT_IS_TAKEN}). */
public final class StackTraceWhenThePortIsTakenServer {

    private StackTraceWhenThePortIsTakenServer() {
    }

    public static void main(String[] args) throws IOException {
        BrokenEchoServer.run(BrokenEchoServer.Defect.STACK_TRACE_WHEN_THE_PORT_IS_TAKEN, args);
    }
}
