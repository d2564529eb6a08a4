/**
 * Comparing servers fairly on a shared machine: {@link dev.chatlab.bench.compare.RoundRobin} orders the runs
 * A B A B so that slow drifts of the machine hit every server alike, and
 * {@link dev.chatlab.bench.compare.ServerSummary} takes the medians per server and their ratios to the first.
 */
package dev.chatlab.bench.compare;
