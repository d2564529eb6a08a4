/**
 * The result model of a grading run: a {@link dev.chatlab.grader.result.GradeResult} holds one
 * {@link dev.chatlab.grader.result.LabResult} per lab graded, which holds one
 * {@link dev.chatlab.grader.result.CheckResult} per check. Every report (console scorecard, JUnit XML,
 * Gradescope JSON, Markdown summary) is written from this one model, so they always agree.
 */
package dev.chatlab.grader.result;
