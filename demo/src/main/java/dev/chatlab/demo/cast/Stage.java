package dev.chatlab.demo.cast;

import dev.chatlab.demo.screen.ScreenLayout;
import dev.chatlab.demo.screen.TerminalWindow;
import dev.chatlab.relay.Relay;
import dev.chatlab.relay.RelayConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

/**
 * Everything the scenarios play on, made once per run in the demo's folder: the credentials, lab04's server,
 * and the kit's relay in front of it (the "network" that the relay can cut, refuse and capture). The people
 * of the room ({@link Cast}) join when a scenario first needs them and stay for the scenarios after it.
 * {@link #close()} stops every process and window it started, newest first.
 */
public final class Stage implements AutoCloseable {

    /** Bytes of each direction of each relay link kept for the eavesdropper. */
    public static final int CAPTURE_BYTES = 64 * 1024;

    /** The room once everyone has joined: two desktop clients and a console client. */
    public record Cast(DesktopUser ana, DesktopUser bob, ConsoleUser carla) {
    }

    private final Path home;
    private final String display;
    private final Credentials credentials;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final AtomicReference<TerminalWindow> relayLog = new AtomicReference<>();
    private ChatServer server;
    private Relay relay;
    private Cast cast;

    private Stage(Path home, String display, Credentials credentials) {
        this.home = home;
        this.display = display;
        this.credentials = credentials;
    }

    /**
     * Makes the credentials in {@code home}, starts the server and the relay in front of it; the windows go to
     * X display {@code display} (the private one when recording), which a browser is started on too.
     *
     * @throws StepFailedException if either does not start
     */
    public static Stage open(Path home, String display) throws StepFailedException {
        Objects.requireNonNull(display, "display");
        Stage stage = new Stage(home, display, Credentials.create(home));
        try {
            TerminalWindow serverLog = TerminalWindow.open("lab04 server — its log (stderr)", ScreenLayout.RIGHT_BOTTOM, 12);
            stage.closeLast((AutoCloseable) serverLog::close);
            stage.server = stage.closeLast(ChatServer.start("server", stage.credentials.kit().folder(),
                    stage.credentials.users(), home, serverLog));
            stage.relay = stage.closeLast(Relay.start(RelayConfig.to(stage.server.port()).withCapture(CAPTURE_BYTES),
                    new PrintStream(PrintStream.nullOutputStream())));
        } catch (IOException e) {
            stage.close();
            throw new StepFailedException("cannot start the relay: " + e.getMessage(), e);
        } catch (StepFailedException | RuntimeException e) {
            stage.close();
            throw e;
        }
        stage.relay.events().subscribe(event -> {
            TerminalWindow log = stage.relayLog.get();
            if (log != null) {
                log.print(event.transcriptLine());
            }
        });
        return stage;
    }

    /** Registers {@code resource} to be closed with the stage (before what was registered earlier). */
    public <T extends AutoCloseable> T closeLast(T resource) {
        started.add(resource);
        return resource;
    }

    public Path home() {
        return home;
    }

    /** The X display the demo's windows are on, {@code :99}. */
    public String display() {
        return display;
    }

    public Credentials credentials() {
        return credentials;
    }

    /** The server's own port (straight to the server). */
    public int serverPort() {
        return server.port();
    }

    /** The relay, whose port leads to the server through the "network". */
    public Relay relay() {
        return relay;
    }

    /** Shows the relay's events in {@code log} from now on (null: nowhere). */
    public void relayLog(TerminalWindow log) {
        relayLog.set(log);
    }

    /** Where the desktop clients remember their dialog: a node of the demo's own, never the user's. */
    public Preferences prefs() {
        return Preferences.userRoot().node("dev/chatlab/demo");
    }

    public Optional<Cast> cast() {
        return Optional.ofNullable(cast);
    }

    public void cast(Cast everyone) {
        this.cast = everyone;
    }

    @Override
    public void close() {
        if (cast != null) {
            cast.ana().close();
            cast.bob().close();
        }
        for (AutoCloseable resource : started.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("demo: closing " + resource + " failed: " + e);
            }
        }
        started.clear();
    }
}
