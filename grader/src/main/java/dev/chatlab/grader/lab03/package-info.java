/**
 * The grading suites of lab03, secure chat (chat/1 over TLS 1.3 with accounts and abuse limits), each a JUnit 5
 * class run by the grader: {@link dev.chatlab.grader.lab03.SecureTransportChecks} (TLS 1.3 only, the kit CA,
 * plain bytes, tampering and eavesdropping, client certificates), {@link dev.chatlab.grader.lab03.AccountChecks}
 * (users.db, passwords, lockout), {@link dev.chatlab.grader.lab03.SecureClientChecks} (the client's trust
 * decisions) and {@link dev.chatlab.grader.lab03.AbuseLimitChecks} (rate, errors, connections, deadlines).
 * lab02's suites run too, unchanged, over TLS.
 */
package dev.chatlab.grader.lab03;
