package org.association.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class UploadedFilesTest {

    @Test
    void detectsImagesByTheirBytes() throws IOException {
        assertEquals("image/jpeg", UploadedFiles.acceptedType(image("jpg"), "大照片.jpg"));
        assertEquals("image/png", UploadedFiles.acceptedType(image("png"), "chart.png"));
        assertEquals("image/png", UploadedFiles.acceptedType(image("png"), "no-extension"));
    }

    @Test
    void refusesANameThatLiesAboutTheContent() throws IOException {
        assertNull(UploadedFiles.acceptedType(image("png"), "photo.jpg"));
        assertNull(UploadedFiles.acceptedType("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "photo.jpg"));
        assertNull(UploadedFiles.acceptedType(new byte[] {'M', 'Z', 0, 0, 3, 0}, "report.pdf"), "a Windows program is no PDF");
    }

    @Test
    void takesOfficeFilesOnlyWhenTheZipIsNamedAsOne() throws IOException {
        byte[] zip = zip();
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                UploadedFiles.acceptedType(zip, "议程.docx"));
        assertNull(UploadedFiles.acceptedType(zip, "archive.zip"), "plain archives are not taken");
        assertNull(UploadedFiles.acceptedType(zip, "议程.doc"), "an old .doc is no ZIP");
    }

    private static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
