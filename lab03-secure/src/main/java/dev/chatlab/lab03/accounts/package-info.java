/**
 * Accounts: who may chat, and how a server checks a password without storing it. A
 * {@link dev.chatlab.lab03.accounts.PasswordHasher} turns a password into an Argon2id hash in PHC form
 * ({@link dev.chatlab.lab03.accounts.PhcString}), slow and memory-hard on purpose; the
 * {@link dev.chatlab.lab03.accounts.UsersFile} ({@code users.db}) keeps one {@code nick:PHC} line per user;
 * the {@link dev.chatlab.lab03.accounts.AccountVerifier} answers a login the same way, in about the same
 * time, for a wrong password and an unknown nick; the {@link dev.chatlab.lab03.accounts.LoginThrottle}
 * locks out an address that keeps guessing.
 */
package dev.chatlab.lab03.accounts;
