package dev.chatlab.lab05.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {

    private final OriginPolicy loopback = OriginPolicy.forGateway(InetAddress.getLoopbackAddress(), 7080,
            List.of("https://Chat.Example.org"));

    @Test
    void a_loopback_gateway_allows_its_own_names_on_its_own_port() {
        assertThat(loopback.allows("http://localhost:7080")).isTrue();
        assertThat(loopback.allows("http://127.0.0.1:7080")).isTrue();
        assertThat(loopback.allows("http://[::1]:7080")).isTrue();
        assertThat(loopback.allows("HTTP://LOCALHOST:7080/")).isTrue();
    }

    @Test
    void another_port_another_host_or_a_null_origin_is_refused() {
        assertThat(loopback.allows("http://localhost:7081")).isFalse();
        assertThat(loopback.allows("http://evil.example:7080")).isFalse();
        assertThat(loopback.allows("https://localhost:7080")).isFalse();
        assertThat(loopback.allows("null")).isFalse(); // a sandboxed frame or a file
        assertThat(loopback.allows("not a url at all")).isFalse();
    }

    @Test
    void an_extra_origin_is_allowed_with_its_default_port() {
        assertThat(loopback.allows("https://chat.example.org")).isTrue();
        assertThat(loopback.allows("https://chat.example.org:443")).isTrue();
        assertThat(loopback.allows("http://chat.example.org")).isFalse();
    }

    @Test
    void a_request_without_an_origin_is_not_from_a_page_and_is_allowed() {
        assertThat(loopback.allows(null)).isTrue();
    }

    @Test
    void a_gateway_on_a_lan_address_allows_that_address() throws Exception {
        OriginPolicy lan = OriginPolicy.forGateway(InetAddress.getByName("192.168.1.20"), 7080, List.of());
        assertThat(lan.allows("http://192.168.1.20:7080")).isTrue();
        assertThat(lan.allows("http://192.168.1.21:7080")).isFalse();
    }

    @Test
    void an_extra_origin_with_a_path_or_another_scheme_is_refused_with_the_reason() {
        assertThatThrownBy(() -> OriginPolicy.normalise("http://example.org/chat"))
                .hasMessage("Not an origin (http[s]://host[:port]): http://example.org/chat");
        assertThatThrownBy(() -> OriginPolicy.normalise("ws://example.org"))
                .hasMessageStartingWith("Not an origin");
    }
}
