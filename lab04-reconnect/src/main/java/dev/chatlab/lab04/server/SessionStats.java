package dev.chatlab.lab04.server;

/**
 * What a lab04 server holds at one moment, for tests that check that an ended session frees everything.
 *
 * @param sessions      sessions that can be resumed (attached or detached)
 * @param members       nicks registered, detached ones included
 * @param attached      sessions attached to a connection (each with its outbound queue)
 * @param cids          cids remembered, over every session
 * @param historyFrames frames in the history ring
 * @param timerTasks    tasks waiting on the timer thread: heartbeats and expiry timers
 */
public record SessionStats(int sessions, int members, int attached, int cids, int historyFrames, int timerTasks) {

    /** These numbers with the timer thread's count of waiting tasks. */
    SessionStats withTimerTasks(int tasks) {
        return new SessionStats(sessions, members, attached, cids, historyFrames, tasks);
    }
}
