/**
 * The GUI driver: a small program that the lab05 suites start in a JVM of its own, with the desktop client
 * under test first on its class path. It runs the client's main class in that JVM, watches it with AssertJ
 * Swing's thread-violation repaint manager, and performs the steps the grader sends it one line at a time on
 * stdin ("type nick ana", "click connect", "wait-item messages 5000 ^<bob> hi$"), answering each on stdout
 * and reporting what happens meanwhile (windows opened, status texts, Swing calls off the EDT) as events. The
 * student's window never runs inside the grader's own JVM. {@link dev.chatlab.grader.guidriver.GuiDriver}
 * documents the protocol.
 */
package dev.chatlab.grader.guidriver;
