package dev.chatlab.lab02.server;

import java.net.Socket;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;

/** A policy written by a test: {@code admits} decides at accept, {@code guards} makes each connection's guard. */
record TestPolicy(IntPredicate admits, BiFunction<Socket, Runnable, ConnectionGuard> guards)
        implements ConnectionPolicy {

    /** Admits every connection and guards each with a guard from {@code guards}. */
    static TestPolicy guarding(BiFunction<Socket, Runnable, ConnectionGuard> guards) {
        return new TestPolicy(open -> true, guards);
    }

    @Override
    public boolean admits(int openConnections) {
        return admits.test(openConnections);
    }

    @Override
    public ConnectionGuard guard(Socket socket, Runnable close) {
        return guards.apply(socket, close);
    }
}
