package dev.chatlab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BadInputTest {

    @Test
    void an_unknown_preset_is_refused_with_the_known_ones() {
        BenchOutput result = BenchOutput.run("--preset", "stampede");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.firstErrorLine())
                .isEqualTo("Unknown preset: stampede (known: fanout, latency, crowd, overload, connections)");
    }

    @Test
    void a_host_that_is_not_loopback_is_refused() {
        BenchOutput result = BenchOutput.run("--host", "192.0.2.7", "--port", "7002");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.firstErrorLine()).isEqualTo(
                "--host must be a loopback address (the generator and the server share one machine): 192.0.2.7");
    }

    @Test
    void more_senders_than_clients_are_refused() {
        BenchOutput result = BenchOutput.run("--clients", "3", "--senders", "5");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.firstErrorLine()).isEqualTo("--senders (5) must not exceed --clients (3)");
    }

    @Test
    void a_negative_rate_is_refused() {
        BenchOutput result = BenchOutput.run("--rate", "-5");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.firstErrorLine())
                .isEqualTo("--rate must be 0 (as fast as the server takes them) or more: -5");
    }

    @Test
    void a_comparison_of_one_round_is_refused() {
        BenchOutput result = BenchOutput.run("--compare", "lab02", "python", "--rounds", "1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.firstErrorLine())
                .isEqualTo("--rounds must be at least 2 (the servers alternate A B A B): 1");
    }

    @Test
    void a_ca_file_that_does_not_exist_is_refused() {
        BenchOutput result = BenchOutput.run("--compare", "lab02", "lab03", "--ca", "no-such-ca.pem");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.firstErrorLine()).isEqualTo("--ca is not a readable file: no-such-ca.pem");
    }

    @Test
    void a_ca_without_a_tls_server_is_refused() {
        BenchOutput result = BenchOutput.run("--port", "7002", "--ca", "pom.xml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.firstErrorLine()).isEqualTo("--ca is for TLS servers: add --tls for a server given as a"
                + " command or port, or compare lab03 or lab04");
    }
}
