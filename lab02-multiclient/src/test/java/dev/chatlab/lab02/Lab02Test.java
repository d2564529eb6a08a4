package dev.chatlab.lab02;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab01.cli.ProcessContract;
import org.junit.jupiter.api.Test;

class Lab02Test {

    @Test
    void a_queue_bound_below_one_byte_is_a_usage_error() {
        assertThat(ProcessContract.run(new Lab02(), "server", "--port", "0", "--max-queue-bytes", "0"))
                .isEqualTo(ProcessContract.USAGE);
    }

    @Test
    void a_client_without_a_nick_is_a_usage_error() {
        assertThat(ProcessContract.run(new Lab02(), "client", "--port", "7002")).isEqualTo(ProcessContract.USAGE);
    }

    @Test
    void no_subcommand_is_a_usage_error() {
        assertThat(ProcessContract.run(new Lab02())).isEqualTo(ProcessContract.USAGE);
    }
}
