/**
 * The desktop client's state, apart from its widgets: the events that cross from lab04's client thread to the
 * EDT ({@link dev.chatlab.lab05.model.ChatEvent}, posted by {@link dev.chatlab.lab05.model.EventBridge} and
 * coalesced by {@link dev.chatlab.lab05.model.EventBatcher}), and the Swing models they change on the EDT: the
 * rows of the message view ({@link dev.chatlab.lab05.model.ChatRow},
 * {@link dev.chatlab.lab05.model.MessageListModel} with batch updates), own messages from pending to delivered
 * ({@link dev.chatlab.lab05.model.PendingMessages}) and the user list
 * ({@link dev.chatlab.lab05.model.UserListModel}).
 */
package dev.chatlab.lab05.model;
