package org.association.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files that unpack to far more than they weigh, made without holding what they unpack to. */
public final class Bombs {

    private Bombs() {
    }

    /**
     * A valid PNG of {@code side} × {@code side} black RGB pixels (1.2 GB decoded at 20,000; a multiple of 100), about a
     * megabyte. Its rows are all alike, so one band of them is compressed once and repeated: a full flush
     * leaves the compressor as it started, and each band compresses to the same bytes.
     */
    public static byte[] blackPng(int side) {
        int rowBytes = 1 + side * 3;
        int bandRows = 100;
        if (side % bandRows != 0) {
            throw new IllegalArgumentException("a side of whole bands of " + bandRows + " rows");
        }
        byte[] band = new byte[rowBytes * bandRows];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(band);
        byte[] compressed = new byte[band.length];
        int length = deflater.deflate(compressed, 0, compressed.length, Deflater.FULL_FLUSH);
        deflater.end();
        Adler32 adler = new Adler32();
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        idat.write(0x78);
        idat.write(0xDA);
        for (int rows = 0; rows < side; rows += bandRows) {
            idat.write(compressed, 0, length);
            adler.update(band);
        }
        idat.writeBytes(new byte[] {3, 0}); // an empty final block
        idat.writeBytes(bigEndian(adler.getValue()));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (DataOutputStream ihdr = new DataOutputStream(header)) {
            ihdr.writeInt(side);
            ihdr.writeInt(side);
            ihdr.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, no filter, no interlace
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /**
     * An "xlsx" of about 5 MB whose one sheet unpacks to 300 MB. Runs of blanks with random letters between
     * them compress about 60 to 1: more than POI's default minimum ratio of 0.01 lets through.
     */
    public static byte[] workbookOf300Megabytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Random random = new Random(7);
            byte[] block = new byte[1020];
            Arrays.fill(block, (byte) ' ');
            for (long written = 0; written < 300L * 1024 * 1024; written += block.length) {
                for (int i = 1000; i < block.length; i++) {
                    block[i] = (byte) ('a' + random.nextInt(26));
                }
                zip.write(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(bigEndian(data.length));
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(bigEndian(crc.getValue()));
    }

    private static byte[] bigEndian(long fourBytes) {
        return new byte[] {(byte) (fourBytes >>> 24), (byte) (fourBytes >>> 16), (byte) (fourBytes >>> 8), (byte) fourBytes};
    }
}
