/**
 * lab04's commands, {@code server} and {@code client}, built from lab02's and lab03's option mixins and lab04's
 * own session flags, under lab01's process contract.
 */
package dev.chatlab.lab04;
