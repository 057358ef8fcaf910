package org.association.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded table, row by row, for the imports (members, bank statements): CSV (UTF-8 with or without BOM, or
 * GB18030, a superset of GBK, as Excel on Chinese Windows and the banks' exports save it) or the first sheet of an
 * XLSX workbook, told apart by their first bytes. Each row's cells go to a {@link Sink} with the row's number as the
 * user sees it; a CSV record that cannot be parsed is told as malformed and the reading goes on. Only a file that
 * cannot be read as a whole is refused, with a {@link BusinessException}.
 */
public final class TabularFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** What a workbook may unpack to: a file of 20,000 rows is a few tens of megabytes. */
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(TabularFile.class.getName());

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** The container of the old binary .xls (and .doc) formats. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Charset GB18030 = Charset.forName("GB18030");

    static {
        // POI's limits while an entry is read, for an entry that claims to be smaller than it is
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    /** Where the rows go, in file order: the cells as read (not trimmed), or that the row could not be parsed. */
    public interface Sink {

        void row(int rowNumber, List<String> cells);

        void malformed(int rowNumber);
    }

    private TabularFile() {
    }

    /** @param tempPrefix names the temporary file a workbook is read from, say "member-import-" */
    public static void read(byte[] content, String tempPrefix, Sink rows) {
        if (content.length > MAX_BYTES) {
            throw new BusinessException("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, ZIP)) {
            readXlsx(content, tempPrefix, rows);
        } else if (startsWith(content, OLE2)) {
            throw new BusinessException("import.file.xls");
        } else {
            readCsv(decode(content), rows);
        }
    }

    private static String decode(byte[] content) {
        Optional<String> text = startsWith(content, UTF8_BOM)
                ? decode(content, UTF8_BOM.length, StandardCharsets.UTF_8)
                : decode(content, 0, StandardCharsets.UTF_8).or(() -> decode(content, 0, GB18030));
        return text.orElseThrow(() -> new BusinessException("import.file.encoding"));
    }

    /** Strict: a new decoder reports malformed input rather than replacing it. */
    private static Optional<String> decode(byte[] content, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Commons CSV cannot go on after a malformed record, so the text is cut into records here (a quote
     * opens a field only at its start, as in RFC 4180) and each is parsed on its own: a stray quote costs
     * one row, not the rest of the file. A quote that never closes costs the line it opens on.
     */
    private static void readCsv(String text, Sink rows) {
        int rowNumber = 0;
        int start = 0;
        while (start < text.length()) {
            rowNumber++;
            int end = recordEnd(text, start);
            if (end < 0) {
                end = lineEnd(text, start);
                rows.malformed(rowNumber);
            } else {
                try (CSVParser parser = CSVParser.parse(text.substring(start, end), CSVFormat.RFC4180)) {
                    for (CSVRecord record : parser) {
                        rows.row(rowNumber, record.toList());
                    }
                } catch (IOException | UncheckedIOException e) {
                    rows.malformed(rowNumber);
                }
            }
            start = end;
        }
    }

    /** Just past the line break that ends the record starting at {@code start}; -1 when a quoted field never closes. */
    private static int recordEnd(String text, int start) {
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == '\n' || c == '\r') {
                return lineEnd(text, i);
            }
            fieldStart = !quoted && c == ',';
        }
        return quoted ? -1 : text.length();
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return text.length();
    }

    /**
     * Streams the first sheet (SAX) rather than loading the workbook: a 10 MB workbook can take a gigabyte
     * as objects. Cells come as Excel formats them, except dates and numbers (see {@link PlainFormatter}).
     * The workbook is opened from a file, whose entries POI reads one at a time; from a stream it would hold
     * every entry unpacked in memory.
     */
    private static void readXlsx(byte[] content, String tempPrefix, Sink rows) {
        Path file = null;
        try {
            file = Files.createTempFile(tempPrefix, ".xlsx");
            Files.write(file, content);
            checkUnpackedSize(file);
            readXlsx(file, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "An import's temporary file stays behind: " + file, e);
                }
            }
        }
    }

    /**
     * Refuses a workbook whose entries say they unpack to more than {@link #MAX_UNPACKED_BYTES}, before any is
     * unpacked. An entry that says less than it holds is stopped by POI's limits while it is read.
     */
    private static void checkUnpackedSize(Path file) {
        long unpacked = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                unpacked += Math.max(0, entries.nextElement().getSize());
            }
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (unpacked > MAX_UNPACKED_BYTES) {
            throw new BusinessException("import.file.unpacksTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024));
        }
    }

    private static void readXlsx(Path file, Sink rows) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook),
                        new SheetRows(rows), new PlainFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (BusinessException e) {
            throw e;
        } catch (Exception e) {
            // the bytes are anyone's: whatever POI trips over, the file is simply not a readable workbook
            throw unreadable(e);
        }
    }

    private static BusinessException unreadable(Exception cause) {
        BusinessException unreadable = new BusinessException("import.file.unreadable");
        unreadable.initCause(cause);
        return unreadable;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Trimmed (also of no-break and ideographic spaces), null when empty. */
    public static String trimmed(String cell) {
        if (cell == null) {
            return null;
        }
        int start = 0;
        int end = cell.length();
        while (start < end && isBlank(cell.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(cell.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : cell.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Sink rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Sink rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowIndex) {
            cells.clear();
        }

        @Override
        public void endRow(int rowIndex) {
            rows.row(rowIndex + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            // empty cells are absent from the sheet: pad up to this one's column
            int column = reference == null ? cells.size() : columnOf(reference);
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(value);
        }

        /** The column of a reference such as "AB12": 27. Cheaper than a CellReference, for every cell of the sheet. */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z'; i++) {
                column = column * 26 + reference.charAt(i) - 'A' + 1;
            }
            return column - 1;
        }
    }

    /**
     * Dates as ISO text, as a CSV file has them, whatever the cell's date format; other numbers in full,
     * where Excel's General format would turn a 15-digit licence number into 1.10101E+14.
     */
    private static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
