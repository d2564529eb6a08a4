/**
 * The lab02 suites: a multi-client chat server and its console client, graded against the chat/1 contract.
 * The server suites talk to the server under test through {@link dev.chatlab.grader.chat.ChatConnection}s,
 * which send JSON lines and parse the frames that come back; the client suite plays the server itself, so
 * that it can send exactly the frames a check needs. Every error a check provokes is followed by a ping on the
 * same connection, since an error never closes a lab02 connection.
 */
package dev.chatlab.grader.lab02;
