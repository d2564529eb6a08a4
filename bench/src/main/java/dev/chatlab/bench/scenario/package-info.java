/**
 * What a run asks of a server: a {@link dev.chatlab.bench.scenario.Scenario} (clients, senders, offered
 * rate, durations, message size) and the named {@link dev.chatlab.bench.scenario.Preset}s it starts from.
 */
package dev.chatlab.bench.scenario;
