package dev.chatlab.lab05.gui;

import java.awt.Color;
import java.util.Locale;

/**
 * A stable colour for each nick: the same nick gets the same colour in every run and on every machine (it is
 * picked by the nick's {@link String#hashCode()}, which Java specifies), ignoring case as chat/1 does. Two
 * palettes of the same hues, dark enough on a light background and light enough on a dark one.
 */
final class NickColors {

    private static final int[] LIGHT = {
        0xD14343, 0xC2680C, 0x9A7B00, 0x2E8B3E, 0x0E8A7E, 0x1F7AC2, 0x4F5BD5, 0x8A4FD1, 0xC0439A, 0x6B7A1F,
    };
    private static final int[] DARK = {
        0xF07878, 0xF0A05A, 0xE0C45A, 0x6CCB7C, 0x52C8BA, 0x63B0F0, 0x8C95F5, 0xB78CF2, 0xEE7CC6, 0xB3C45E,
    };

    private NickColors() {
    }

    /** The colour of {@code nick} in the light or the dark theme. */
    static Color of(String nick, boolean dark) {
        int[] palette = dark ? DARK : LIGHT;
        return new Color(palette[Math.floorMod(nick.toLowerCase(Locale.ROOT).hashCode(), palette.length)]);
    }
}
