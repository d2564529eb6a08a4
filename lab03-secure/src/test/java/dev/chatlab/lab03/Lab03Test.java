package dev.chatlab.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab01.cli.ProcessContract;
import org.junit.jupiter.api.Test;

class Lab03Test {

    @Test
    void no_subcommand_is_a_usage_error() {
        assertThat(ProcessContract.run(new Lab03())).isEqualTo(ProcessContract.USAGE);
    }

    @Test
    void certs_without_an_output_folder_is_a_usage_error() {
        assertThat(Lab03Run.run("", "certs").exitCode()).isEqualTo(ProcessContract.USAGE);
    }
}
