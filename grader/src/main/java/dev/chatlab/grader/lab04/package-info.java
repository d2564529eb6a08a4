/**
 * The grading suites of lab04, the reconnecting chat, for its client and as a whole:
 * {@link dev.chatlab.grader.lab04.ReconnectClientChecks} runs the client under test against a lab04 server the
 * grader plays over TLS ({@link dev.chatlab.grader.lab04.FakeReconnectServer}): its reconnect lines, resume,
 * resends with cids, offline typing, ids shown once, heartbeat silence and full-jitter backoff
 * ({@link dev.chatlab.grader.lab04.BackoffDelays} holds the statistics); and
 * {@link dev.chatlab.grader.lab04.ChaosChecks} runs the server and five clients through the kit's relay while it
 * cuts and stalls their links, and checks that every client shows every message once, in id order.
 */
package dev.chatlab.grader.lab04;
