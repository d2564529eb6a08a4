/**
 * The {@code lab01-echo} command line: {@link dev.chatlab.lab01.Lab01} parses {@code server} or
 * {@code client} with picocli and runs it under the kit's process contract ({@code LISTENING <port>} on
 * stdout, logs on stderr, exit codes 0, 1 and 2), so that the grader can drive this lab as a black box.
 * The commands only wire options to the classes of {@link dev.chatlab.lab01.echo}, where the sockets are.
 */
package dev.chatlab.lab01;
