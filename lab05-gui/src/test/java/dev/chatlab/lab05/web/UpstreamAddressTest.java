package dev.chatlab.lab05.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UpstreamAddressTest {

    @Test
    void host_and_port_are_read_as_typed_ipv6_in_brackets() {
        assertThat(UpstreamAddress.parse("127.0.0.1:7004")).isEqualTo(new UpstreamAddress("127.0.0.1", 7004));
        assertThat(UpstreamAddress.parse("localhost:7104")).isEqualTo(new UpstreamAddress("localhost", 7104));
        assertThat(UpstreamAddress.parse("[::1]:7004")).isEqualTo(new UpstreamAddress("::1", 7004));
        assertThat(UpstreamAddress.parse("[::1]:7004")).hasToString("[::1]:7004");
    }

    @Test
    void a_bad_address_is_refused_with_the_reason() {
        assertThatThrownBy(() -> UpstreamAddress.parse("7004")).hasMessage("Not HOST:PORT: 7004");
        assertThatThrownBy(() -> UpstreamAddress.parse("localhost:")).hasMessage("Not HOST:PORT: localhost:");
        assertThatThrownBy(() -> UpstreamAddress.parse("localhost:http")).hasMessage("Port is not a number: http");
        assertThatThrownBy(() -> UpstreamAddress.parse("localhost:70000")).hasMessage("Port out of range for a client: 70000");
        assertThatThrownBy(() -> UpstreamAddress.parse("::1:7004")).hasMessageStartingWith("Not HOST:PORT (an IPv6 address goes in brackets");
    }
}
