/**
 * What a run measured: each selector thread records into its own {@link dev.chatlab.bench.measure.LoopStats}
 * (HdrHistograms and counters, never shared while the run goes on), and the run merges them into one
 * {@link dev.chatlab.bench.measure.RunResult}, where a metric that could not be measured is null, never 0.
 */
package dev.chatlab.bench.measure;
