package dev.chatlab.lab02;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.lab01.cli.ProcessContract;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

    @Test
    void lab02s_commands_default_to_port_7002() {
        ServerCommand server = new ServerCommand();
        ClientCommand client = new ClientCommand();
        new CommandLine(server).parseArgs();
        new CommandLine(client).parseArgs("--nick", "ana");

        assertThat(server.options.address().getPort()).isEqualTo(7002);
        assertThat(client.options.port()).isEqualTo(7002);
    }

    @Test
    void a_later_labs_commands_reuse_the_options_with_their_own_default_port() {
        LaterServer server = new LaterServer();
        LaterClient client = new LaterClient();
        new CommandLine(server).parseArgs("--bind", "0.0.0.0", "--max-queue-bytes", "4096");
        new CommandLine(client).parseArgs("--nick", "ana");

        assertThat(server.options.address().getPort()).isEqualTo(7003);
        assertThat(server.options.address().getAddress().getHostAddress()).isEqualTo("0.0.0.0");
        assertThat(server.options.maxQueueBytes()).isEqualTo(4096);
        assertThat(client.options.port()).isEqualTo(7003);
        assertThat(client.options.nick()).isEqualTo("ana");
        assertThat(ProcessContract.run(new LaterServer(), "--port", "70000")).isEqualTo(ProcessContract.USAGE);
        assertThat(ProcessContract.run(new LaterServer(), "--max-queue-bytes", "0")).isEqualTo(ProcessContract.USAGE);
    }

    /** A stand-in for a later lab's server command, its default port 7003. */
    @Command(name = "later-server")
    static final class LaterServer implements Callable<Integer> {
        @Mixin
        ServerOptions options = new ServerOptions(7003);

        @Override
        public Integer call() {
            options.maxQueueBytes(); // checked when the command runs, as in lab02's server command
            return 0;
        }
    }

    /** A stand-in for a later lab's client command, its default port 7003. */
    @Command(name = "later-client")
    static final class LaterClient {
        @Mixin
        ClientOptions options = new ClientOptions(7003);
    }
}
