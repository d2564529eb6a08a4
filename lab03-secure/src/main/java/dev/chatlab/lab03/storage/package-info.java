/**
 * How lab03 keeps secrets on disk: private keys and the users file are created owner-only from their first
 * byte (never made private afterwards with a chmod), and a file that is replaced is replaced atomically, so
 * that a reader sees the old content or the new one, never half of it.
 */
package dev.chatlab.lab03.storage;
