package dev.chatlab.relay;

import java.io.IOException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link LoopbackTarget} and a relay to it (seed 42), fresh for each test and closed after it. Register it
 * with {@code @RegisterExtension}.
 */
public final class RelayFixture implements BeforeEachCallback, AfterEachCallback {

    private final int capture;
    private LoopbackTarget target;
    private Relay relay;

    /** @param capture the bytes the relay captures per direction of a link */
    public RelayFixture(int capture) {
        this.capture = capture;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        target = LoopbackTarget.start();
        relay = target.relay(capture);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            relay.close();
        } finally {
            target.close();
        }
    }

    public LoopbackTarget target() {
        return target;
    }

    public Relay relay() {
        return relay;
    }

    /** Connects a client through the relay; both ends of the new link. */
    public LoopbackTarget.Ends connect() throws IOException, InterruptedException {
        return target.connect(relay);
    }
}
