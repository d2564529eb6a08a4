package dev.chatlab.lab03.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.lab02.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

class ErrorStreakTest {

    @Test
    void the_tenth_error_in_a_row_ends_the_connection() {
        ErrorStreak streak = new ErrorStreak(10);
        for (int i = 1; i < 10; i++) {
            assertThat(streak.error(ErrorCode.BAD_FRAME)).as("error %d", i).isFalse();
        }
        assertThat(streak.error(ErrorCode.UNKNOWN_TYPE)).isTrue();
    }

    @Test
    void a_frame_without_error_starts_the_count_again() {
        ErrorStreak streak = new ErrorStreak(3);
        streak.error(ErrorCode.BAD_TEXT);
        streak.error(ErrorCode.BAD_TEXT);
        streak.success();
        assertThat(streak.errors()).isZero();
        assertThat(streak.error(ErrorCode.BAD_TEXT)).isFalse();
        assertThat(streak.error(ErrorCode.BAD_TEXT)).isFalse();
        assertThat(streak.error(ErrorCode.BAD_TEXT)).isTrue();
    }

    @Test
    void RATE_LIMITED_neither_counts_nor_resets() {
        ErrorStreak streak = new ErrorStreak(2);
        streak.error(ErrorCode.NO_SUCH_USER);
        for (int i = 0; i < 5; i++) {
            assertThat(streak.error(ErrorCode.RATE_LIMITED)).isFalse();
        }
        assertThat(streak.errors()).isEqualTo(1);
        assertThat(streak.error(ErrorCode.NO_SUCH_USER)).isTrue();
    }

    @Test
    void a_limit_below_one_is_refused() {
        assertThatThrownBy(() -> new ErrorStreak(0)).hasMessage("Error limit must be at least 1: 0");
    }
}
