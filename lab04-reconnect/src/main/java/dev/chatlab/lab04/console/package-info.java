/**
 * lab04's console client, a thin layer on the {@code dev.chatlab.lab04.client} library: typed lines become
 * frames as in lab02, and the library's events become the contract's stdout lines (chat/1's, printed by lab02's
 * {@code ConsoleOutput}, and lab04's reconnect lines).
 */
package dev.chatlab.lab04.console;
