/**
 * The grader on the platforms instructors already use: a Gradescope autograder zip
 * ({@link dev.chatlab.grader.platform.GradescopeAutograder}); the GitHub Classroom workflow is a template in
 * {@code docs/classroom/}.
 */
package dev.chatlab.grader.platform;
