/**
 * The grader's command line. {@code grade} chooses the labs and the target (the kit's reference jars, a
 * student's submission built on the spot, or any commands given with {@code --server-cmd} and
 * {@code --client-cmd}), runs the suites, prints the scorecard and writes the reports.
 */
package dev.chatlab.grader;
