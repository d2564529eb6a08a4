/**
 * lab03's command line: {@code certs} writes a CA and certificates, {@code users} manages a users.db; the
 * {@code server} and {@code client} commands run lab02's chat over TLS with accounts and limits. All of them
 * hold to the kit's process contract through lab01's {@code dev.chatlab.lab01.cli} package.
 */
package dev.chatlab.lab03;
