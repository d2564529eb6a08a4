package dev.chatlab.grader.guidriver;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Frame;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.WindowEvent;
import javax.swing.JLabel;

/**
 * Reports the client's windows as they open and close, and every text its status label (the component named
 * {@code status}) shows, as events: the grader's transcript then tells what the user would have seen, and
 * when, even between two steps. Listens on the EDT, where AWT delivers window events.
 */
final class WindowWatch {

    private WindowWatch() {
    }

    static void start(DriverOutput output) {
        Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
            if (!(event.getSource() instanceof Window window)) {
                return;
            }
            if (event.getID() == WindowEvent.WINDOW_OPENED) {
                output.event("window", window.getName() + " \"" + title(window) + "\"");
                watchStatus(window, output);
            } else if (event.getID() == WindowEvent.WINDOW_CLOSED) {
                output.event("window-closed", String.valueOf(window.getName()));
            }
        }, AWTEvent.WINDOW_EVENT_MASK);
    }

    private static String title(Window window) {
        return window instanceof Frame frame ? frame.getTitle() : window instanceof Dialog dialog ? dialog.getTitle() : "";
    }

    private static void watchStatus(Component component, DriverOutput output) {
        if (component instanceof JLabel label && "status".equals(label.getName())) {
            output.event("status", String.valueOf(label.getText()));
            label.addPropertyChangeListener("text", change -> output.event("status", String.valueOf(change.getNewValue())));
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                watchStatus(child, output);
            }
        }
    }
}
