package org.association.content.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Reads a photo's size and makes the small JPEG that lists show instead of the full photo. */
public final class Thumbnails {

    public static final int MAX_WIDTH = 480;
    public static final int MAX_HEIGHT = 360;

    /** What an image upload yields: its size and its thumbnail. */
    public record Image(int width, int height, byte[] thumbnail) {
    }

    private Thumbnails() {
    }

    /** The image's size and thumbnail, or null when the bytes are not an image Java can read. */
    public static Image of(byte[] bytes) {
        BufferedImage original;
        try {
            original = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
        if (original == null) {
            return null;
        }
        double scale = Math.min(1.0, Math.min((double) MAX_WIDTH / original.getWidth(), (double) MAX_HEIGHT / original.getHeight()));
        int width = Math.max(1, (int) Math.round(original.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(original.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = small.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // transparent parts of a PNG or GIF become white, not black, in a JPEG
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(original, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return new Image(original.getWidth(), original.getHeight(), jpeg(small));
    }

    public static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
