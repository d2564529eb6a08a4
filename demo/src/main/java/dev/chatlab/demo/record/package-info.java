/**
 * Recording the screen: ffmpeg's x11grab to an MP4 that keeps its final name only when the run succeeded
 * ({@link dev.chatlab.demo.record.ScreenRecorder}), ffprobe's figures and single frames
 * ({@link dev.chatlab.demo.record.VideoProbe}), and the same command run again without {@code DISPLAY} so
 * that it records a private Xvfb display, never the user's screen ({@link dev.chatlab.demo.record.PrivateRun}).
 */
package dev.chatlab.demo.record;
