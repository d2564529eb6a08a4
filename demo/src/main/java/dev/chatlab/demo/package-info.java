/**
 * {@code ./chatlab demo}: the command ({@link dev.chatlab.demo.Demo}) and the player that runs the chosen
 * scenarios on one stage, under a caption bar, optionally between the start and the end of a screen recording.
 * The demo is a tool, not a lab: it shows the kit working and checks, as it shows it, that it works.
 */
package dev.chatlab.demo;
