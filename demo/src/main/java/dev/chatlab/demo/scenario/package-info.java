/**
 * The scenarios, one class each behind the sealed {@link dev.chatlab.demo.scenario.Scenario}: what each one
 * plays, what its captions say, and what it checks. {@link dev.chatlab.demo.scenario.Scenarios} lists them in
 * playing order; {@link dev.chatlab.demo.scenario.Show} holds the captions and the pace.
 */
package dev.chatlab.demo.scenario;
