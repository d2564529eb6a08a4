/**
 * Running a grade: the catalogue of labs and their suites, where a kit keeps its jars, building a student's
 * submission, and the {@link dev.chatlab.grader.run.LabRunner} that drives the suites through the JUnit
 * Platform Launcher and collects the results.
 */
package dev.chatlab.grader.run;
