package org.association.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Photos made with cwebp, ImageMagick (-colorspace CMYK) and exiftool (-Orientation=6), in src/test/resources/photos. */
class ThumbnailsTest {

    @Test
    void readsWebp() throws IOException {
        Thumbnails.Image image = Thumbnails.of(resource("green-blue.webp"));
        assertNotNull(image, "a WebP is read");
        assertEquals(List.of(64, 48), List.of(image.width(), image.height()));
        BufferedImage display = jpeg(image.display());
        assertEquals(List.of(64, 48), List.of(display.getWidth(), display.getHeight()), "never enlarged");
        assertTrue(green(display.getRGB(8, 24)) > 120 && blue(display.getRGB(56, 24)) > 150, "green left, blue right");
        assertEquals(64, jpeg(image.thumbnail()).getWidth());
    }

    @Test
    void readsCmykJpegsInTheirColours() throws IOException {
        Thumbnails.Image image = Thumbnails.of(resource("cmyk-red.jpg"));
        assertNotNull(image, "a CMYK JPEG is read");
        int rgb = jpeg(image.display()).getRGB(32, 24);
        assertTrue(red(rgb) > 200 && green(rgb) < 80 && blue(rgb) < 80, "red stays red: " + Integer.toHexString(rgb));
    }

    @Test
    void turnsAPhonePhotoUprightByItsExifOrientation() throws IOException {
        byte[] photo = resource("turned-red-left.jpg");
        assertEquals(6, Thumbnails.orientation(photo));
        Thumbnails.Image image = Thumbnails.of(photo);
        assertEquals(List.of(48, 64), List.of(image.width(), image.height()), "the upright size is kept");
        BufferedImage thumbnail = jpeg(image.thumbnail());
        assertEquals(List.of(48, 64), List.of(thumbnail.getWidth(), thumbnail.getHeight()));
        assertTrue(red(thumbnail.getRGB(24, 8)) > 200 && blue(thumbnail.getRGB(24, 56)) > 200,
                "a quarter turn clockwise: left is on top");
    }

    @Test
    void fitsTheDisplaySizeAndTheThumbnailIntoTheirBoxes() throws IOException {
        Thumbnails.Image image = Thumbnails.of(png(new BufferedImage(4000, 1000, BufferedImage.TYPE_INT_ARGB)));
        assertEquals(List.of(4000, 1000), List.of(image.width(), image.height()));
        BufferedImage display = jpeg(image.display());
        assertEquals(List.of(1280, 320), List.of(display.getWidth(), display.getHeight()));
        int corner = display.getRGB(10, 10);
        assertTrue(red(corner) > 240 && green(corner) > 240 && blue(corner) > 240, "transparent becomes white, not black");
        BufferedImage thumbnail = jpeg(image.thumbnail());
        assertEquals(List.of(480, 120), List.of(thumbnail.getWidth(), thumbnail.getHeight()));
    }

    @Test
    void readsTheSizeOfAPixelBombWithoutDecodingIt() {
        // the header of a 20,000 × 20,000 RGB PNG, which would take 1.2 GB decoded; its pixels are never read
        byte[] bomb = pngHeader(20_000, 20_000);
        assertEquals(new Thumbnails.Size(20_000, 20_000), Thumbnails.size(bomb).orElseThrow());
        assertTrue(Thumbnails.size(bomb).orElseThrow().pixels() > Thumbnails.MAX_PIXELS);
        assertNull(Thumbnails.of(bomb), "refused, not decoded");
    }

    @Test
    void bytesNoReaderKnowsHaveNoSize() {
        assertTrue(Thumbnails.size("not an image".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).isEmpty());
        assertNull(Thumbnails.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}), "a JPEG cut short");
    }

    private static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(chunk)) {
            out.writeBytes("IHDR");
            out.writeInt(width);
            out.writeInt(height);
            out.write(new byte[] {8, 2, 0, 0, 0});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] typeAndData = chunk.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        try (DataOutputStream out = new DataOutputStream(png)) {
            out.writeInt(typeAndData.length - 4);
            out.write(typeAndData);
            out.writeInt((int) crc.getValue());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return png.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage jpeg(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ThumbnailsTest.class.getResourceAsStream("/photos/" + name)) {
            return in.readAllBytes();
        }
    }

    private static int red(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    private static int green(int rgb) {
        return rgb >> 8 & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
