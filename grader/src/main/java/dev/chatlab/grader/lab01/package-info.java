/**
 * The lab01 suites: the echo server (an iterative, binary-safe echo that honours half-close and survives a
 * reset) and the echo client (whole lines, half-close at the end of input, exit codes), 100 points in all.
 * Each check maps to a section of {@code docs/lab01.md}.
 */
package dev.chatlab.grader.lab01;
