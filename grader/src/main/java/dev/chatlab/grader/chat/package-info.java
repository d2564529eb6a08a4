/**
 * What every chat suite (lab02 to lab05) needs to speak chat/1 from the grader's side: a
 * {@link dev.chatlab.grader.chat.ChatConnection} that sends frames as JSON lines over a harness connection of
 * any transport (plain TCP or TLS) and reads the frames back, failing with "expected a `welcome` frame, but
 * got ..."; and {@link dev.chatlab.grader.chat.Samples}, the seeded nicks, texts and tokens the checks draw, so
 * that {@code --seed} replays the same exchange in every lab.
 */
package dev.chatlab.grader.chat;
