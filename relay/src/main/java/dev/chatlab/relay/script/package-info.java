/**
 * The relay's little language. {@link dev.chatlab.relay.script.ActionParser} reads one action
 * ({@code cut 2 reset}, {@code stall all 2s}, {@code latency up 100ms jitter 20ms}, {@code flip down 1 at 200},
 * {@code refuse 3s}, {@code bandwidth down 64KiB/s}); {@link dev.chatlab.relay.script.ScriptParser} reads a script
 * of timed actions, one per line ({@code 3.5s stall all 2s}). Every error is a
 * {@link dev.chatlab.relay.script.ScriptSyntaxException} that names the line and the column.
 */
package dev.chatlab.relay.script;
