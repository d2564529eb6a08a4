/**
 * Faults as values: a {@link dev.chatlab.relay.action.RelayAction} (cut, stall, refuse, latency, bandwidth,
 * flip) names the links it applies to with a {@link dev.chatlab.relay.action.LinkSelector} and applies itself to
 * a relay's {@link dev.chatlab.relay.RelayFaults}. A {@link dev.chatlab.relay.action.TimedAction} adds when;
 * an {@link dev.chatlab.relay.action.ActionRun} plays a list of them on a virtual thread. Scripts, chaos and the
 * console all end here.
 */
package dev.chatlab.relay.action;
