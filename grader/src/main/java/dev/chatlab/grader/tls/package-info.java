/**
 * TLS for the grader of the TLS labs (lab03 and lab04), written from the contract and independent of any lab's
 * code: {@link dev.chatlab.grader.tls.PkiGenerator} makes a CA and the server and client certificates of one
 * grading run as PEM files ({@link dev.chatlab.grader.tls.Pki} names them), and
 * {@link dev.chatlab.grader.tls.TlsContexts} turns PEM files into the JDK's TLS 1.3 contexts. The harness's
 * {@link dev.chatlab.grader.harness.Transport.Tls} connects and listens with them.
 */
package dev.chatlab.grader.tls;
