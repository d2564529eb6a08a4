/**
 * The stage and the people on it: lab04's server and console clients as processes started from the demo's
 * class path, lab05's desktop client in this JVM, lab05's browser page in the machine's Chromium (through
 * Selenium and lab05's web gateway), headless chat/1 peers over TLS, the kit's relay as the network, and the
 * credentials they all use. Every wait is bounded ({@link dev.chatlab.demo.cast.Await}); a
 * step that does not happen in time is a {@link dev.chatlab.demo.cast.StepFailedException} with the reason.
 */
package dev.chatlab.demo.cast;
