/**
 * The {@code relay} command ({@code ./chatlab proxy}): {@link dev.chatlab.relay.cli.RelayCli} reads the options
 * and runs a relay under the kit's process contract ({@code LISTENING <port>} first on stdout, events on stderr,
 * exit 0/143 on SIGTERM, 2 for bad usage); {@link dev.chatlab.relay.cli.RelayConsole} reads fault commands from
 * stdin while it runs; the converters read the options' quantities.
 */
package dev.chatlab.relay.cli;
