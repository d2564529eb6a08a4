package dev.chatlab.demo.screen;

import java.awt.Rectangle;

/**
 * Where every window of the demo goes on a 1280x720 screen (the recorded area): the caption bar across the
 * top, two desktop clients side by side on the left, and a column of terminal windows on the right. A window
 * that a scenario adds for a while (a capture, a third client) covers one of these slots.
 */
public final class ScreenLayout {

    /** The recorded area, from the screen's top left corner. */
    public static final Rectangle SCREEN = new Rectangle(0, 0, 1280, 720);
    /** The caption bar. */
    public static final Rectangle CAPTION = new Rectangle(0, 0, 1280, 76);
    /** The first desktop client (ana). */
    public static final Rectangle LEFT = new Rectangle(0, 76, 440, 644);
    /** The second desktop client (bob); the eavesdropper's capture covers it for a while. */
    public static final Rectangle MIDDLE = new Rectangle(440, 76, 440, 644);
    /** The console client (carla). */
    public static final Rectangle RIGHT_TOP = new Rectangle(880, 76, 400, 322);
    /** A scenario's own terminal: the impostor, dave, the server's log. */
    public static final Rectangle RIGHT_BOTTOM = new Rectangle(880, 398, 400, 322);

    private ScreenLayout() {
    }
}
