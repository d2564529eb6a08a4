package dev.chatlab.relay.event;

/**
 * Hears every event of a relay, in the order of its {@link EventLog}. Called on the thread that caused the
 * event, while the log is locked: it must return quickly and must not call back into the relay.
 */
@FunctionalInterface
public interface RelayListener {

    /** Called once per event. An exception it throws is reported on the log's stream and otherwise ignored. */
    void onEvent(RelayEvent event);
}
