/**
 * Abuse limits that keep one connection from costing the server too much: a
 * {@link dev.chatlab.lab03.limits.TokenBucket} per connection lets a client say and whisper at a steady rate
 * with short bursts, and answers RATE_LIMITED beyond it; an {@link dev.chatlab.lab03.limits.ErrorStreak}
 * closes a connection after ten error replies in a row; {@link dev.chatlab.lab03.limits.AbuseLimits} holds
 * the numbers, deadlines and connection count included. {@code dev.chatlab.lab03.server} plugs them into
 * lab02's server.
 */
package dev.chatlab.lab03.limits;
