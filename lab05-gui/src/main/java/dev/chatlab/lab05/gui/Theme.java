package dev.chatlab.lab05.gui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import javax.swing.UIManager;

/**
 * The look: FlatLaf light or dark, with rounder corners and thin scroll bars, and the few colours of the
 * message view that FlatLaf has no key for (muted text, the whisper tint, the divider). EDT only.
 */
public final class Theme {

    /** FlatLaf's style of the one button that matters in a window (Connect, Send). */
    static final String PRIMARY_BUTTON = "background: #2F6FDF; foreground: #FFFFFF; borderWidth: 0; focusWidth: 0;"
            + " hoverBackground: #2A63C8; pressedBackground: #2458B3; font: bold;"
            + " default.background: #2F6FDF; default.foreground: #FFFFFF; default.borderWidth: 0;"
            + " default.hoverBackground: #2A63C8; default.pressedBackground: #2458B3";

    private static boolean dark;

    private Theme() {
    }

    /** Installs the light or dark look; before any window exists. */
    public static void install(boolean darkTheme) {
        dark = darkTheme;
        UIManager.put("Component.arc", 10);
        UIManager.put("Button.arc", 10);
        UIManager.put("TextComponent.arc", 10);
        UIManager.put("ScrollBar.showButtons", false);
        UIManager.put("ScrollBar.width", 10);
        UIManager.put("ScrollBar.thumbArc", 999);
        UIManager.put("ScrollBar.thumbInsets", new java.awt.Insets(2, 2, 2, 2));
        UIManager.put("List.selectionArc", 8);
        if (darkTheme) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    /** Switches every open window to the light or dark look. */
    public static void switchTo(boolean darkTheme) {
        install(darkTheme);
        FlatLaf.updateUI();
    }

    public static boolean dark() {
        return dark;
    }

    /** Times, pending texts and system lines. */
    public static Color muted() {
        return dark ? new Color(0x8B93A1) : new Color(0x7A8290);
    }

    /** The background of a whisper row. */
    public static Color whisperBackground() {
        return dark ? new Color(0x33294A) : new Color(0xF3EEFC);
    }

    /** The accent of whispers and of the divider. */
    public static Color whisperAccent() {
        return dark ? new Color(0xB69CF2) : new Color(0x7048C8);
    }

    /** The gap divider. */
    public static Color divider() {
        return dark ? new Color(0xE8A23B) : new Color(0xC9730A);
    }

    /** The padlock of a TLS connection. */
    public static Color secure() {
        return dark ? new Color(0x5CC98A) : new Color(0x1E9E55);
    }
}
