/**
 * The lab01 suites: the echo server (an iterative, binary-safe echo that honours half-close and survives a
 * reset, and keeps the next client waiting) and the echo client (whole lines, half-close at the end of input,
 * exit codes), 80 points, and the process contract for lab01's command line, 20 points.
 * Each check maps to a section of {@code docs/lab01.md}, or of {@code docs/protocol.md} for the process contract.
 */
package dev.chatlab.grader.lab01;
