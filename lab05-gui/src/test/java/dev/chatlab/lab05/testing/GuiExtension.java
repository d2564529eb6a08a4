package dev.chatlab.lab05.testing;

import dev.chatlab.lab05.display.PrivateDisplay;
import java.util.Optional;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure of a display for the window tests: the one in DISPLAY, else a private Xvfb ({@link PrivateDisplay}).
 * With neither, the tests are skipped and the reason is reported. It also installs AssertJ Swing's
 * {@link FailOnThreadViolationRepaintManager}: a Swing call off the EDT fails the test.
 */
public final class GuiExtension implements BeforeAllCallback {

    private static boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Optional<String> missing = PrivateDisplay.unavailable();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "window tests skipped: " + missing.orElse(""));
        if (DisplaySession.failure().isPresent()) {
            throw new IllegalStateException("the private display failed: " + DisplaySession.failure().get());
        }
        PrivateDisplay.ensure(); // made by DisplaySession already, unless the tests run without it
        synchronized (GuiExtension.class) {
            if (!installed) {
                FailOnThreadViolationRepaintManager.install();
                installed = true;
            }
        }
    }
}
