/**
 * The grading suites of lab04, reconnecting chat (lab03's secure chat with sessions, acks and heartbeats), each a
 * JUnit 5 class run by the grader: {@link dev.chatlab.grader.lab04.SessionChecks} (the welcome's session, resume's
 * refusals and takeovers), {@link dev.chatlab.grader.lab04.AckChecks} (acks and cids, once per session),
 * {@link dev.chatlab.grader.lab04.ResumeChecks} (detach, replay, the history's gap),
 * {@link dev.chatlab.grader.lab04.ExpiryChecks} (timeout, bye, a close the server decides),
 * {@link dev.chatlab.grader.lab04.HeartbeatChecks} (ping, pong, silence) and
 * {@link dev.chatlab.grader.lab04.ReconnectProcessChecks} (the process contract and lab04's new options). Each check
 * starts the server with the flags it needs, small ones where it waits for a timer, and derives its waits from them.
 */
package dev.chatlab.grader.lab04;
