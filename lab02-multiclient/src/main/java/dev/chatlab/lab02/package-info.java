/**
 * lab02's command line: {@code server} runs the chat server, {@code client} the console client. Both hold to
 * the kit's process contract through lab01's {@code dev.chatlab.lab01.cli} package (exit codes, the
 * {@code LISTENING <port>} line, UTF-8 standard streams). Their options are the picocli mixins
 * {@link dev.chatlab.lab02.ServerOptions} and {@link dev.chatlab.lab02.ClientOptions}, which a later lab's
 * commands reuse with a default port of their own.
 */
package dev.chatlab.lab02;
