/**
 * Grading a whole class: {@link dev.chatlab.grader.batch.BatchGrader} grades a folder of submissions (folders or
 * zips, unpacked safely), several at once, each on a copy of its own in a child JVM or a container, within a time
 * limit, skipping what it graded before; {@link dev.chatlab.grader.report.BatchReport} writes the class's reports.
 */
package dev.chatlab.grader.batch;
