/**
 * The chat/1 console client: {@link dev.chatlab.lab02.client.ChatClient} connects, registers a nick, then
 * runs two threads, one turning stdin lines into frames and one printing the server's frames as
 * {@link dev.chatlab.lab02.client.ConsoleOutput} lines, so that what others say appears while you type.
 * How it reaches the server is a {@link dev.chatlab.lab02.client.ServerConnector}: plain TCP in lab02
 * ({@link dev.chatlab.lab02.client.TcpConnector}), TLS in lab03.
 */
package dev.chatlab.lab02.client;
