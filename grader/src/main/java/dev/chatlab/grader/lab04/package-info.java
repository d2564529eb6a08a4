/**
 * The grading suites of lab04, reconnecting chat (lab03's secure chat with sessions, acks and heartbeats), each a
 * JUnit 5 class run by the grader. The server: {@link dev.chatlab.grader.lab04.SessionChecks} (the welcome's
 * session, resume's refusals and takeovers), {@link dev.chatlab.grader.lab04.AckChecks} (acks and cids, once per
 * session), {@link dev.chatlab.grader.lab04.ResumeChecks} (detach, replay, the history's gap),
 * {@link dev.chatlab.grader.lab04.ExpiryChecks} (timeout, bye, a close the server decides),
 * {@link dev.chatlab.grader.lab04.HeartbeatChecks} (ping, pong, silence) and
 * {@link dev.chatlab.grader.lab04.ReconnectProcessChecks} (the process contract and lab04's new options); each
 * check starts the server with the flags it needs, small ones where it waits for a timer, and derives its waits
 * from them. The client: {@link dev.chatlab.grader.lab04.ReconnectClientChecks} runs the client under test
 * against a lab04 server the grader plays over TLS ({@link dev.chatlab.grader.lab04.FakeReconnectServer}): its
 * reconnect lines, resume, resends with cids, offline typing, ids shown once, heartbeat silence and full-jitter
 * backoff ({@link dev.chatlab.grader.lab04.BackoffDelays} holds the statistics). The whole program:
 * {@link dev.chatlab.grader.lab04.ChaosChecks} runs the server and five clients through the kit's relay while it
 * cuts and stalls their links, and checks that every client shows every message once, in id order.
 */
package dev.chatlab.grader.lab04;
