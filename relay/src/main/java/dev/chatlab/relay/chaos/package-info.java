/**
 * Chaos for a reconnecting client: a {@link dev.chatlab.relay.chaos.ChaosPlan} turns the relay's seed into a
 * schedule of cuts, resets and stalls of random links at random intervals, all drawn before the run starts;
 * a {@link dev.chatlab.relay.chaos.ChaosRun} plays it and ends with a
 * {@link dev.chatlab.relay.chaos.ChaosSummary}. The same seed gives the same schedule.
 */
package dev.chatlab.relay.chaos;
