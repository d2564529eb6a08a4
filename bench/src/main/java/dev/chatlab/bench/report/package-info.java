/**
 * How results are shown: a {@link dev.chatlab.bench.report.ProgressLine} on stderr while a run goes on, a
 * {@link dev.chatlab.bench.report.ConsoleTable} at the end, a JSON document
 * ({@link dev.chatlab.bench.report.ResultJson}) and PNG plots drawn with XChart
 * ({@link dev.chatlab.bench.report.ResultPlots}). A metric that was not measured shows as {@code n/a} in
 * the table and as null in the JSON, never as 0.
 */
package dev.chatlab.bench.report;
