package dev.chatlab.lab05.web;

import dev.chatlab.lab02.client.ServerConnector;
import dev.chatlab.lab02.protocol.ClientFrame;
import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.client.ClientListener;
import dev.chatlab.lab04.client.ClientSettings;
import dev.chatlab.lab04.client.ReconnectingClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A console-style user in this JVM: lab04's {@link ReconnectingClient}, straight to the chat server, that
 * records each message and whisper it shows as {@code <from> text} or {@code *from->to* text}.
 */
final class ConsoleUser implements ClientListener, AutoCloseable {

    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final ReconnectingClient client;

    ConsoleUser(ServerConnector server, String nick) throws Exception {
        client = new ReconnectingClient(server, new ClientFrame.Hello(nick), this, ClientSettings.contract(new SecureRandom()));
        client.connect();
    }

    @Override
    public synchronized void frame(ServerFrame frame) {
        switch (frame) {
            case ServerFrame.Message message -> shown.add("<" + message.from() + "> " + message.text());
            case ServerFrame.Whisper whisper -> shown.add("*" + whisper.from() + "->" + whisper.to() + "* " + whisper.text());
            default -> { }
        }
        notifyAll();
    }

    void say(String text) {
        client.send(new ClientFrame.Say(text));
    }

    void whisper(String to, String text) {
        client.send(new ClientFrame.Whisper(to, text));
    }

    List<String> shown() {
        return List.copyOf(shown);
    }

    /** Waits (at most {@code timeout}) until a shown line matches {@code line}. */
    synchronized void await(Predicate<List<String>> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(shown)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("not within " + timeout + "; shown: " + shown);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public void close() {
        client.quit();
    }
}
