/**
 * The servers a run measures: {@link dev.chatlab.bench.server.ServerProcess} starts any command that honours
 * the process contract ({@code sh -c CMD}, first stdout line {@code LISTENING <port>}) and stops its whole
 * process tree; {@link dev.chatlab.bench.server.ServerCatalog} turns the names {@code lab02}, {@code lab03},
 * {@code lab04}, {@code netty} and {@code python} into such commands;
 * {@link dev.chatlab.bench.server.ServerTrust} chooses a server's transport (plain TCP, or TLS trusting
 * {@code --ca} or the kit CA); {@link dev.chatlab.bench.server.OpenFilesLimit} checks that the process may
 * open as many sockets as a scenario needs.
 */
package dev.chatlab.bench.server;
