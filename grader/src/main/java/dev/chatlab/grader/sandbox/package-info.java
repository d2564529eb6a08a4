/**
 * Running code the grader does not trust. {@link dev.chatlab.grader.sandbox.ProcessSandbox} limits each
 * process a submission runs ({@code --sandbox process}: scrubbed environment, a folder of its own, memory, CPU
 * time and process count through prlimit); the batch's docker mode runs a whole grading in a locked-down
 * container instead ({@code dev.chatlab.grader.batch.ContainerGrading}).
 */
package dev.chatlab.grader.sandbox;
