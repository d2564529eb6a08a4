package dev.chatlab.grader.lab03.broken;

import dev.chatlab.grader.tls.TlsContexts;
import dev.chatlab.lab02.client.ServerConnector;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * The reference console client over TLS 1.3 that checks the server's chain up to its CA, but not the host
 * name: any certificate the CA signed is accepted for any host.
 */
public final class NoHostCheckClient {

    private NoHostCheckClient() {
    }

    public static void main(String[] args) {
        Lab03Parts.chat(args, NoHostCheckClient::connector);
    }

    private static ServerConnector connector(String[] args) {
        String host = Lab03Parts.option(args, "--host").orElse("127.0.0.1");
        int port = Integer.parseInt(Lab03Parts.option(args, "--port").orElseThrow());
        Optional<TlsContexts.Identity> identity = Lab03Parts.option(args, "--cert").map(chain ->
                new TlsContexts.Identity(Path.of(chain), Path.of(Lab03Parts.option(args, "--key").orElseThrow())));
        return new ServerConnector() {
            @Override
            public Socket connect(Duration timeout) throws IOException {
                SSLContext context = TlsContexts.create(identity, Optional.of(Lab03Parts.clientCa(args)));
                Socket tcp = new Socket();
                tcp.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
                SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(tcp, host, port, true);
                tls.setSSLParameters(TlsContexts.tls13Only(context, false)); // the defect: no host name check
                tls.startHandshake();
                return tls;
            }

            @Override
            public String describe(IOException failure) {
                return (failure instanceof SSLException ? "TLS: " : "cannot connect: ") + failure.getMessage();
            }
        };
    }
}
