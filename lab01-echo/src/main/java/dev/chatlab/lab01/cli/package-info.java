/**
 * The process contract shared by every lab's server and client: how a command line is parsed and run,
 * the {@code LISTENING <port>} line a server prints once it accepts connections, the exit codes
 * (0 normal end, 1 runtime failure with one {@code error: ...} line on stderr, 2 bad usage), and UTF-8
 * standard streams. Later labs reuse this package as it is, so that the grader can drive any of them the same way.
 */
package dev.chatlab.lab01.cli;
