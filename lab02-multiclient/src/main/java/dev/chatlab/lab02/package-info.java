/**
 * lab02's command line: {@code server} runs the chat server, {@code client} the console client. Both hold to
 * the kit's process contract through lab01's {@code dev.chatlab.lab01.cli} package (exit codes, the
 * {@code LISTENING <port>} line, UTF-8 standard streams).
 */
package dev.chatlab.lab02;
