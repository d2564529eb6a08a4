/**
 * Material for the {@code screenshots} and {@code bench} commands: a scripted conversation
 * ({@link dev.chatlab.lab05.demo.DemoConversation}), a window painted to PNG
 * ({@link dev.chatlab.lab05.demo.WindowShots}) and a probe of the EDT's latency
 * ({@link dev.chatlab.lab05.demo.EdtProbe}).
 */
package dev.chatlab.lab05.demo;
