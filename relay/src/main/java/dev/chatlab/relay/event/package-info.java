/**
 * What a relay tells the world about itself: {@link dev.chatlab.relay.event.RelayEvent} records (a link
 * opened or closed, a fault applied, a notice), delivered to {@link dev.chatlab.relay.event.RelayListener}s and
 * kept in a bounded {@link dev.chatlab.relay.event.EventLog}, from which a test or the grader prints a
 * transcript of what the relay did.
 */
package dev.chatlab.relay.event;
