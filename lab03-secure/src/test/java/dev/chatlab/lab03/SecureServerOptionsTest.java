package dev.chatlab.lab03;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab03.limits.AbuseLimits;
import dev.chatlab.lab03.server.SecurePolicy;
import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The abuse limits a server's command line may change, and the usage errors of values out of range. */
class SecureServerOptionsTest {

    private static final PrintStream NO_LOG = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void without_options_the_policy_holds_the_contracts_limits() {
        try (SecurePolicy policy = policyOf()) {
            assertThat(policy.limits()).isEqualTo(AbuseLimits.CONTRACT);
        }
    }

    @Test
    void message_rate_and_burst_set_the_token_bucket_and_nothing_else() {
        try (SecurePolicy policy = policyOf("--message-rate", "5000", "--message-burst", "64")) {
            assertThat(policy.limits()).isEqualTo(AbuseLimits.CONTRACT.withMessageRate(5000, 64));
        }
    }

    @Test
    void a_message_rate_or_burst_below_1_is_bad_usage_that_names_the_option() {
        Lab03Run rate = Lab03Run.run("", "server", "--message-rate", "0");
        assertThat(rate.exitCode()).isEqualTo(ProcessContract.USAGE);
        assertThat(rate.stderr()).contains("--message-rate must be at least 1: 0");

        Lab03Run burst = Lab03Run.run("", "server", "--message-burst", "-3");
        assertThat(burst.exitCode()).isEqualTo(ProcessContract.USAGE);
        assertThat(burst.stderr()).contains("--message-burst must be at least 1: -3");

        Lab03Run notANumber = Lab03Run.run("", "server", "--message-rate", "fast");
        assertThat(notANumber.exitCode()).isEqualTo(ProcessContract.USAGE);
        assertThat(notANumber.stderr()).contains("--message-rate");
    }

    /** The policy of {@code server} with {@code args}, as its command builds it once they are checked. */
    private static SecurePolicy policyOf(String... args) {
        ServerCommand command = new ServerCommand();
        new CommandLine(command).parseArgs(args);
        command.secure.check();
        return command.secure.policy(NO_LOG);
    }
}
