/**
 * The desktop client's windows, in Swing with FlatLaf and MigLayout: the connect dialog
 * ({@link dev.chatlab.lab05.gui.ConnectDialog}), the main window ({@link dev.chatlab.lab05.gui.ChatWindow}:
 * the message view drawn by {@link dev.chatlab.lab05.gui.MessageRenderer}, the user list, the input, the
 * {@link dev.chatlab.lab05.gui.StatusBar}), the controller that applies the client's events to them
 * ({@link dev.chatlab.lab05.gui.ChatController}) and the application that wires it all to lab04's client
 * ({@link dev.chatlab.lab05.gui.ChatApp}). Every class here is used on the EDT only; the one way in from
 * another thread is {@link dev.chatlab.lab05.model.EventBatcher}.
 */
package dev.chatlab.lab05.gui;
