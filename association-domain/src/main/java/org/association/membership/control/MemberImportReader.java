package org.association.membership.control;

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
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.association.common.BusinessException;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberKind;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a member file into rows: CSV (UTF-8 with or without BOM, or GB18030 as Excel on Chinese Windows
 * saves it) or the first sheet of an XLSX workbook, told apart by their first bytes. The first non-blank
 * row is the header. A bad cell or row becomes a {@link RowError} of that row; only a file that cannot be
 * read as a whole is refused, with a {@link BusinessException}.
 */
public final class MemberImportReader {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    /** What a workbook may unpack to: a member file of MAX_ROWS rows is a few tens of megabytes. */
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(MemberImportReader.class.getName());

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

    private MemberImportReader() {
    }

    public static ImportFile read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new BusinessException("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        Rows rows = new Rows();
        if (startsWith(content, ZIP)) {
            readXlsx(content, rows);
        } else if (startsWith(content, OLE2)) {
            throw new BusinessException("import.file.xls");
        } else {
            readCsv(decode(content), rows);
        }
        return rows.file();
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
    private static void readCsv(String text, Rows rows) {
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
                        rows.add(rowNumber, record.toList());
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
    private static void readXlsx(byte[] content, Rows rows) {
        Path file = null;
        try {
            file = Files.createTempFile("member-import-", ".xlsx");
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
                    LOG.log(Level.WARNING, "A member import's temporary file stays behind: " + file, e);
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

    private static void readXlsx(Path file, Rows rows) {
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

    /** Trimmed (also of no-break and ideographic spaces), null when empty, without an export's formula guard. */
    private static String clean(String cell) {
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
        return start == end ? null : MemberExport.unguard(cell.substring(start, end));
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Line breaks and tabs belong in notes; anywhere else, as any other control character, they are a mistake. */
    private static boolean hasControlCharacter(MemberColumn column, String value) {
        return value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && !(column == MemberColumn.NOTES && (c == '\n' || c == '\r' || c == '\t')));
    }

    /** Collects the rows of either format: the first non-blank one is the header, the rest become ImportRows. */
    private static final class Rows {

        /** The column of each header cell, null for an unknown one; null until the header is read. */
        private MemberColumn[] columnAt;
        private final List<MemberColumn> columns = new ArrayList<>();
        private final List<String> unknownColumns = new ArrayList<>();
        private final List<ImportRow> rows = new ArrayList<>();

        void add(int rowNumber, List<String> cells) {
            List<String> values = cells.stream().map(MemberImportReader::clean).toList();
            if (values.stream().allMatch(Objects::isNull)) {
                return;
            }
            if (columnAt == null) {
                header(values);
            } else {
                count();
                rows.add(row(rowNumber, values));
            }
        }

        void malformed(int rowNumber) {
            if (columnAt == null) {
                throw new BusinessException("import.file.header");
            }
            count();
            rows.add(new ImportRow(rowNumber, Map.of(), null, List.of(RowError.of(null, "import.row.malformed"))));
        }

        ImportFile file() {
            if (columnAt == null) {
                throw new BusinessException("import.file.empty");
            }
            return new ImportFile(columns, unknownColumns, rows);
        }

        private void count() {
            if (rows.size() == MAX_ROWS) {
                throw new BusinessException("import.file.tooManyRows", MAX_ROWS);
            }
        }

        private void header(List<String> cells) {
            columnAt = new MemberColumn[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i);
                if (text == null) {
                    continue;
                }
                Optional<MemberColumn> column = MemberColumn.ofHeader(text);
                if (column.isEmpty()) {
                    unknownColumns.add(text);
                } else if (columns.contains(column.get())) {
                    throw new BusinessException("import.file.duplicateColumn", text);
                } else {
                    columnAt[i] = column.get();
                    columns.add(column.get());
                }
            }
            List<String> missing = MemberColumn.REQUIRED.stream()
                    .filter(column -> !columns.contains(column))
                    .map(column -> column.header(Locale.ENGLISH) + " / " + column.header(Locale.CHINESE))
                    .toList();
            if (!missing.isEmpty()) {
                throw new BusinessException("import.file.missingColumns", String.join(", ", missing));
            }
        }

        private ImportRow row(int rowNumber, List<String> cells) {
            Map<MemberColumn, String> values = new EnumMap<>(MemberColumn.class);
            int width = 0;
            for (int i = 0; i < cells.size(); i++) {
                String value = cells.get(i);
                if (value != null) {
                    width = i + 1;
                    if (i < columnAt.length && columnAt[i] != null) {
                        values.put(columnAt[i], value);
                    }
                }
            }
            if (width > columnAt.length) {
                // most likely an unquoted comma: every value after it sits in the wrong column
                return new ImportRow(rowNumber, values, null,
                        List.of(RowError.of(null, "import.row.tooManyColumns", width, columnAt.length)));
            }
            return parse(rowNumber, values);
        }

        /** Every column of the file is set, an empty cell to null: a present column means "this is the value". */
        private ImportRow parse(int rowNumber, Map<MemberColumn, String> values) {
            Map<MemberColumn, Object> parsed = new EnumMap<>(MemberColumn.class);
            List<RowError> errors = new ArrayList<>();
            for (MemberColumn column : MemberColumn.REQUIRED) {
                if (!values.containsKey(column)) {
                    errors.add(RowError.of(column, "import.value.required"));
                }
            }
            values.forEach((column, value) -> {
                if (hasControlCharacter(column, value)) {
                    errors.add(RowError.of(column, "import.value.control"));
                    return;
                }
                try {
                    parsed.put(column, column.parse(value));
                } catch (MemberColumn.InvalidValueException e) {
                    errors.add(new RowError(column.property(), e.messageKey(), e.arguments()));
                }
            });
            if (!errors.isEmpty()) {
                return new ImportRow(rowNumber, values, null, errors);
            }
            Member member = new Member((MemberKind) parsed.get(MemberColumn.KIND), (String) parsed.get(MemberColumn.NAME));
            for (MemberColumn column : columns) {
                column.set(member, parsed.get(column));
            }
            return new ImportRow(rowNumber, values, member, List.of());
        }
    }

    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Rows rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowIndex) {
            cells.clear();
        }

        @Override
        public void endRow(int rowIndex) {
            rows.add(rowIndex + 1, cells);
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
