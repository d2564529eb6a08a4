package dev.chatlab.lab04.testing;

import static org.assertj.core.api.Assertions.fail;

import dev.chatlab.lab02.protocol.ServerFrame;
import dev.chatlab.lab04.client.ClientListener;
import dev.chatlab.lab04.client.ClientState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Records every event of a client, in order, for tests to wait on and inspect. */
public class RecordingListener implements ClientListener {

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    public final List<Object> all = new CopyOnWriteArrayList<>();
    public final List<ServerFrame> shown = new CopyOnWriteArrayList<>();

    private void record(Object event) {
        all.add(event);
        events.add(event);
    }

    @Override
    public void stateChanged(ClientState state) {
        record(state);
    }

    @Override
    public void connected(String nick, List<String> users) {
        record("connected " + nick);
    }

    @Override
    public void reconnected(Reconnection reconnection) {
        record(reconnection);
    }

    @Override
    public void frame(ServerFrame frame) {
        shown.add(frame);
        record(frame);
    }

    @Override
    public void acked(String cid, long id) {
        record("acked " + cid);
    }

    /** Waits at most {@code timeout} for an event that {@code test} accepts, skipping the others; returns it. */
    public <T> T await(Class<T> type, Predicate<T> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Object event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) {
                return fail("no matching " + type.getSimpleName() + " within " + timeout + "; events: " + all);
            }
            if (type.isInstance(event) && test.test(type.cast(event))) {
                return type.cast(event);
            }
        }
    }

    /** The texts of the messages shown, in order. */
    public List<String> texts() {
        return shown.stream().filter(ServerFrame.Message.class::isInstance)
                .map(frame -> ((ServerFrame.Message) frame).text()).toList();
    }

    /** The ids of the messages and whispers shown, in order. */
    public List<Long> ids() {
        return shown.stream().map(frame -> switch (frame) {
            case ServerFrame.Message message -> message.id();
            case ServerFrame.Whisper whisper -> whisper.id();
            default -> -1L;
        }).filter(id -> id >= 0).toList();
    }
}
