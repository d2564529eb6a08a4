package dev.chatlab.lab04.testing;

import dev.chatlab.lab03.client.TlsConnector;

/** lab03's TLS connector to a test server (or relay) on localhost. */
public final class Connectors {

    private Connectors() {
    }

    public static TlsConnector to(TestTls tls, int port) {
        return new TlsConnector(tls.client(), "localhost", port);
    }
}
