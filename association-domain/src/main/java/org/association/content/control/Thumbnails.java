package org.association.content.control;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a photo and makes the JPEGs the site shows instead of it: a thumbnail for lists and a display size
 * for the article gallery, both turned upright as the photo's EXIF orientation says. The size is read from
 * the header before any pixel: a small file can declare billions of pixels, and a large photo is decoded
 * subsampled, so that no more pixels than the display size needs are ever in memory.
 */
public final class Thumbnails {

    public static final int MAX_WIDTH = 480;
    public static final int MAX_HEIGHT = 360;
    /** The box the gallery's display size fits in. */
    public static final int DISPLAY_MAX = 1280;
    /** More than any phone takes by default (a 50-megapixel sensor is 8160 × 6120). */
    public static final long MAX_PIXELS = 50_000_000L;
    /** Decoded at least this long on its long side, so that the last scaling to the display size still averages pixels. */
    private static final int DECODED_LONG_SIDE = DISPLAY_MAX * 3 / 2;

    /** An image's width and height in pixels, as its header declares them (not yet turned upright). */
    public record Size(int width, int height) {

        public long pixels() {
            return (long) width * height;
        }
    }

    /** What an image upload yields: its upright size, its thumbnail and its display size. */
    public record Image(int width, int height, byte[] thumbnail, byte[] display) {
    }

    private Thumbnails() {
    }

    /** The image's size from its header, without decoding it; empty when no installed reader knows the bytes. */
    public static Optional<Size> size(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(input);
            if (reader == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // the bytes are anyone's: whatever a reader trips over, they are not an image the site can read
            return Optional.empty();
        }
    }

    /** The image's upright size, thumbnail and display size; null when it cannot be read or has more than MAX_PIXELS. */
    public static Image of(byte[] bytes) {
        BufferedImage decoded;
        int width;
        int height;
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(input);
            if (reader == null) {
                return null;
            }
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    return null;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(width, height) / DECODED_LONG_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                decoded = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // as in size(): a reader's failure on foreign bytes means the photo cannot be read
            return null;
        }
        int orientation = orientation(bytes);
        boolean turned = orientation >= 5;
        BufferedImage display = upright(fitted(decoded, DISPLAY_MAX, DISPLAY_MAX, turned), orientation);
        BufferedImage thumbnail = fitted(display, MAX_WIDTH, MAX_HEIGHT, false);
        return new Image(turned ? height : width, turned ? width : height, jpeg(thumbnail), jpeg(display));
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

    /** The first installed reader that knows the bytes, its input set; null when none does. */
    private static ImageReader reader(ImageInputStream input) {
        if (input == null) {
            return null;
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            return null;
        }
        ImageReader reader = readers.next();
        reader.setInput(input, true, true);
        return reader;
    }

    /** The EXIF orientation (1 to 8, 1 = upright); 1 when the photo has none or it cannot be read. */
    static int orientation(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : 1;
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            // metadata that cannot be read leaves the photo as its pixels are
            return 1;
        }
    }

    /**
     * The image scaled down to fit the box (never up), on white (transparent parts of a PNG or GIF are black
     * in a JPEG otherwise). {@code turned}: the box is for the image once turned by 90 degrees.
     */
    private static BufferedImage fitted(BufferedImage source, int maxWidth, int maxHeight, boolean turned) {
        int boxWidth = turned ? maxHeight : maxWidth;
        int boxHeight = turned ? maxWidth : maxHeight;
        double scale = Math.min(1.0, Math.min((double) boxWidth / source.getWidth(), (double) boxHeight / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        // halving step by step: one bilinear step averages only neighbouring pixels and would alias a large reduction
        BufferedImage current = source;
        int stepWidth = source.getWidth();
        int stepHeight = source.getHeight();
        do {
            stepWidth = Math.max(width, stepWidth / 2);
            stepHeight = Math.max(height, stepHeight / 2);
            current = drawn(current, stepWidth, stepHeight, null);
        } while (stepWidth != width || stepHeight != height);
        return current;
    }

    /** The image as EXIF orientation {@code orientation} says it is to be shown. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        return orientation >= 5 ? drawn(image, h, w, turn) : drawn(image, w, h, turn);
    }

    /** A new RGB image of that size, white, with the source drawn on it scaled to fill it, or through {@code transform}. */
    private static BufferedImage drawn(BufferedImage source, int width, int height, AffineTransform transform) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            if (transform == null) {
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.drawImage(source, 0, 0, width, height, null);
            } else {
                // quarter turns and mirrors move whole pixels: nearest neighbour is exact
                graphics.drawImage(source, transform, null);
            }
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
