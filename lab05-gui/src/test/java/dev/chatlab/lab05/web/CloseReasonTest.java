package dev.chatlab.lab05.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CloseReasonTest {

    @Test
    void a_reason_longer_than_a_close_frame_holds_is_cut_at_a_character_with_an_ellipsis() {
        CloseReason reason = CloseReason.upstreamUnreachable("ñ".repeat(200));
        assertThat(reason.reason().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(123);
        assertThat(reason.reason()).endsWith("…").matches("ñ+…");
    }

    @Test
    void a_short_reason_is_kept_whole() {
        assertThat(CloseReason.gatewayFull(3)).isEqualTo(new CloseReason(1013, "the gateway is full (3 connections)"));
    }
}
