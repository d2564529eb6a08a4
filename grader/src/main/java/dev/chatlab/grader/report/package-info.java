/**
 * The reports of a grading run, all written from one {@link dev.chatlab.grader.result.GradeResult}: the
 * console scorecard for people, JUnit XML for CI servers, Gradescope's {@code results.json} for the
 * autograder platform, and a Markdown summary for comments and report appendices.
 */
package dev.chatlab.grader.report;
