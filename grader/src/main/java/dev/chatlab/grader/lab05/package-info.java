/**
 * The lab05 suites: the desktop client graded by its contract (lab05.md), never inside the grader's JVM. Each
 * check starts the client's jar under the {@link dev.chatlab.grader.guidriver.GuiDriver} in a JVM of its own
 * ({@link dev.chatlab.grader.lab05.GuiSession}), drives its connect dialog and main window by their component
 * names, and plays the lab04 server itself ({@link dev.chatlab.grader.lab05.Lab04Script}) so that the score
 * depends on the client alone and every delay (a held ack, a dropped connection, a burst) is the grader's
 * choice. Without a display and without Xvfb the checks are skipped as "could not test".
 */
package dev.chatlab.grader.lab05;
