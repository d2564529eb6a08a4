/**
 * {@code grade --watch}, the grader as a companion while a lab is written: the
 * {@link dev.chatlab.grader.watch.SourceWatcher} sees a lab module's sources change (a WatchService per folder),
 * the {@link dev.chatlab.grader.watch.WatchLoop} rebuilds the jar and grades again, failed checks first, and the
 * {@link dev.chatlab.grader.watch.RoundSummary} says in one line what the change fixed or broke.
 */
package dev.chatlab.grader.watch;
