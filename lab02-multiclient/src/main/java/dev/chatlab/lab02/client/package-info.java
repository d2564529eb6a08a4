/**
 * The chat/1 console client: {@link dev.chatlab.lab02.client.ChatClient} connects, registers a nick, then
 * runs two threads, one turning stdin lines into frames and one printing the server's frames as
 * {@link dev.chatlab.lab02.client.ConsoleOutput} lines, so that what others say appears while you type.
 */
package dev.chatlab.lab02.client;
