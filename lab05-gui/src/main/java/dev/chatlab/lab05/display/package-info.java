/**
 * A display for Swing where there is none: {@link dev.chatlab.lab05.display.PrivateDisplay} starts a private
 * Xvfb and points this JVM's AWT at it. The GUI tests, the {@code screenshots} and {@code bench} commands and
 * the grader use it; the desktop client itself never does (a window nobody sees is of no use to a user).
 */
package dev.chatlab.lab05.display;
