/**
 * What a graded check is: a JUnit 5 test annotated {@link dev.chatlab.grader.check.Check} with its points,
 * its hint and the handout section it is about, in a class annotated
 * {@link dev.chatlab.grader.check.GradingSuite}. The {@link dev.chatlab.grader.check.GradingExtension}
 * wires each check to a fresh harness, enforces its time limit, and publishes the evidence of a failure.
 */
package dev.chatlab.grader.check;
