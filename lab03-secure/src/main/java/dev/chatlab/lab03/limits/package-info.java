/**
 * Abuse limits that keep one connection from flooding the others: a
 * {@link dev.chatlab.lab03.limits.TokenBucket} per connection lets a client say and whisper at a steady rate
 * with short bursts, and answers RATE_LIMITED beyond it.
 */
package dev.chatlab.lab03.limits;
