package dev.chatlab.lab05.testing;

import dev.chatlab.lab05.display.PrivateDisplay;
import java.io.IOException;
import java.util.Optional;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Makes the private display as the test run starts, before any test class: AWT decides once per JVM whether
 * it is headless, at its first use, so a model test that uses the EDT must not come first without a display.
 * Registered in {@code META-INF/services}; {@link GuiExtension} reports what went wrong, if anything.
 */
public final class DisplaySession implements LauncherSessionListener {

    private static volatile Optional<String> failure = Optional.empty();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (PrivateDisplay.unavailable().isPresent()) {
            return; // no display and no Xvfb: GuiExtension skips the window tests and says why
        }
        try {
            PrivateDisplay.ensure();
        } catch (IOException e) {
            failure = Optional.of(e.getMessage());
        }
    }

    /** Why the private display could not be made at the start of the run, if it could not. */
    static Optional<String> failure() {
        return failure;
    }
}
