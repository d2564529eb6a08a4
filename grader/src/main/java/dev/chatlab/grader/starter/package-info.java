/**
 * The student version of the kit. The reference labs mark what students write with
 * {@code // BEGIN SOLUTION: <task>} ... {@code // END SOLUTION}; an export copies the kit, replaces each
 * region's body with a line that throws {@code UnsupportedOperationException("TODO(labNN): <task>")}, and
 * leaves out build output and the grader's own tests.
 */
package dev.chatlab.grader.starter;
