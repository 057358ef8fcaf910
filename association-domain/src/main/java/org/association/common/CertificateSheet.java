package org.association.common;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A certificate as a one-page A4 PDF: centred lines of Chinese and English text down the page and, in its lower right
 * corner, a QR code of the certificate's verification page. What the lines say is the caller's (CME credits, a
 * membership). The font must have TrueType outlines (PDFBox embeds only those); only the glyphs used are embedded. A
 * font collection (.ttc) gives its first font.
 */
public final class CertificateSheet {

    private static final float MARGIN = 60;
    private static final float QR_SIZE = 120;

    /** Writes the certificate's lines, top down. */
    @FunctionalInterface
    public interface Text {
        void write(Lines lines) throws IOException;
    }

    private CertificateSheet() {
    }

    public static byte[] write(Path font, String title, String verifyUrl, Text text) throws IOException {
        boolean collection = font.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        try (PDDocument document = new PDDocument();
                TrueTypeCollection fonts = collection ? new TrueTypeCollection(font.toFile()) : null) {
            // the collection stays open until the document is saved: the subset is cut from it then
            PDType0Font type = collection ? PDType0Font.load(document, first(fonts), true)
                    : PDType0Font.load(document, font.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle(title);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                text.write(new Lines(stream, type, page.getMediaBox().getHeight() - MARGIN - 40));
                drawQr(stream, verifyUrl, page.getMediaBox().getWidth() - MARGIN - QR_SIZE, MARGIN);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static TrueTypeFont first(TrueTypeCollection fonts) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        fonts.processAllFonts(one -> {
            if (found[0] == null) {
                found[0] = one;
            }
        });
        if (found[0] == null) {
            throw new IOException("the font collection holds no font");
        }
        return found[0];
    }

    /** The QR code's dark modules as filled squares, the matrix's quiet zone included. */
    private static void drawQr(PDPageContentStream stream, String text, float x, float y) throws IOException {
        BitMatrix matrix = QrCode.matrix(text);
        float module = QR_SIZE / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    // PDF's y grows upwards, the matrix's rows downwards
                    stream.addRect(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        stream.fill();
    }

    /** Centred lines down the page. */
    public static final class Lines {

        private final PDPageContentStream stream;
        private final PDType0Font font;
        private float y;

        Lines(PDPageContentStream stream, PDType0Font font, float top) {
            this.stream = stream;
            this.font = font;
            this.y = top;
        }

        public void add(float size, String text) throws IOException {
            float width = font.getStringWidth(text) / 1000 * size;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(Math.max(MARGIN, (PDRectangle.A4.getWidth() - width) / 2), y);
            stream.showText(text);
            stream.endText();
            y -= size * 1.8f;
        }

        public void gap() {
            y -= 18;
        }
    }
}
