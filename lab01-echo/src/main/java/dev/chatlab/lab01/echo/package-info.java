/**
 * A blocking TCP echo server and its client, the first lab: the socket lifecycle (socket, bind, listen,
 * accept, read and write, close) on {@link java.net.ServerSocket} and {@link java.net.Socket}.
 * {@link dev.chatlab.lab01.echo.EchoServer} serves one client at a time and echoes every byte as it arrives,
 * until the client half-closes; {@link dev.chatlab.lab01.echo.EchoClient} sends lines from one thread while
 * another receives, and {@code LinePrinter} turns the received byte stream back into
 * lines. Everything here blocks; the next lab serves many clients at once.
 */
package dev.chatlab.lab01.echo;
