package dev.chatlab.lab05.demo;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JRootPane;
import javax.swing.RootPaneContainer;
import javax.swing.SwingUtilities;

/**
 * Writes a window's content, menu bar included, to a PNG: it paints the root pane into an image on the EDT
 * (no screen grab, so nothing else on the display can get in the way).
 */
public final class WindowShots {

    private WindowShots() {
    }

    /**
     * Paints {@code window}'s root pane into {@code file} (PNG), after the EDT has run everything queued
     * before this call. Call from any thread but the EDT.
     */
    public static void write(RootPaneContainer window, Path file) throws IOException, InterruptedException {
        try {
            SwingUtilities.invokeAndWait(() -> { }); // the batches posted so far are applied
            SwingUtilities.invokeAndWait(() -> paint(window.getRootPane(), file));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
    }

    private static void paint(JRootPane root, Path file) {
        root.validate();
        BufferedImage image = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ((Component) root).paint(g);
        } finally {
            g.dispose();
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
