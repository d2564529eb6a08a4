package dev.chatlab.lab05.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which pages may open a WebSocket to the gateway. A browser sends the page's origin with every WebSocket
 * upgrade, and lets any page open a WebSocket to any address (there is no same-origin rule for WebSockets),
 * so without this check another site's page could drive a student's gateway from the student's own browser.
 *
 * <p>The list is fixed when the gateway starts: the gateway's own addresses on its port (for a loopback bind
 * {@code http://localhost}, {@code http://127.0.0.1} and {@code http://[::1]}), plus {@code --allow-origin}.
 * It deliberately does not trust the request's own Host header, which a DNS-rebinding page controls. A request
 * without an Origin header does not come from a page (a command-line tool): it is allowed.
 *
 * @param allowed normalised origins, {@code scheme://host:port}, lower case
 */
public record OriginPolicy(Set<String> allowed) {

    public OriginPolicy {
        allowed = Collections.unmodifiableSet(new TreeSet<>(allowed));
    }

    /** The origins of a gateway bound to {@code bind} on {@code port}, plus {@code extra} ones. */
    public static OriginPolicy forGateway(InetAddress bind, int port, List<String> extra) {
        Objects.requireNonNull(bind, "bind");
        Set<String> origins = new TreeSet<>();
        origins.add(origin("localhost", port));
        origins.add(origin("127.0.0.1", port));
        origins.add(origin("[::1]", port));
        if (bind.isAnyLocalAddress()) {
            interfaceAddresses().forEach(address -> origins.add(origin(literal(address), port)));
        } else if (!bind.isLoopbackAddress()) {
            origins.add(origin(literal(bind), port));
        }
        extra.forEach(value -> origins.add(normalise(value)));
        return new OriginPolicy(origins);
    }

    /** Whether a page from {@code origin} (the header's value; null when absent) may open a WebSocket. */
    public boolean allows(String origin) {
        if (origin == null) {
            return true; // not a browser: nothing to protect against
        }
        try {
            return allowed.contains(normalise(origin));
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed page or a file), or garbage
        }
    }

    /**
     * {@code http://Host:8080/} as {@code http://host:8080}; a missing port is the scheme's default.
     *
     * @throws IllegalArgumentException if {@code value} is not an http or https origin (no path, no query)
     */
    public static String normalise(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an origin: " + value);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean noPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !noPath
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("Not an origin (http[s]://host[:port]): " + value);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String origin(String host, int port) {
        return "http://" + host + ":" + port;
    }

    private static String literal(InetAddress address) {
        String text = address.getHostAddress();
        if (address instanceof Inet6Address) {
            int zone = text.indexOf('%');
            return "[" + (zone >= 0 ? text.substring(0, zone) : text) + "]";
        }
        return text;
    }

    private static List<InetAddress> interfaceAddresses() {
        try {
            return NetworkInterface.networkInterfaces()
                    .flatMap(NetworkInterface::inetAddresses)
                    .toList();
        } catch (SocketException e) {
            return List.of(); // no interfaces to list: the loopback origins and --allow-origin remain
        }
    }
}
