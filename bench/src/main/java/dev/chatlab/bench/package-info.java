/**
 * {@code chatlab bench}: a load generator that measures any chat/1 server run under the process contract.
 * {@link dev.chatlab.bench.Bench} runs the command line under the kit's exit codes;
 * {@link dev.chatlab.bench.BenchCommand} reads the options into a scenario and a list of servers;
 * {@link dev.chatlab.bench.BenchSession} runs them one after the other (starting and stopping each server)
 * and writes the table, the JSON document and the plots.
 */
package dev.chatlab.bench;
