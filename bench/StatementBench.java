import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The bank-statement benchmark's side of the database, while no server has it open (after bench/DatasetGenerator.java
 * added the members): one invoice of 300.00 for the period YEAR to each of the first COUNT active members, with a
 * remittance reference as the application makes them (check character included), and the bank's statement of their
 * transfers as a CSV export: most lines the whole amount quoting the reference, one in a hundred half of it (partial),
 * one in a hundred without the reference (unmatched). Then, after the import, the check of what it paid.
 *
 * <pre>
 * java -cp 'server-lib/*' StatementBench.java invoices DB COUNT YEAR STATEMENT   prints "INVOICES n matched partial unmatched"
 * java -cp 'server-lib/*' StatementBench.java check DB YEAR     prints "CHECK confirmed paidInvoices renewed statementLines"
 * </pre>
 */
public class StatementBench {

    /** As org.association.dues.control.RemittanceReference: 31 characters without look-alikes. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int ID_BLOCK = 50;
    private static final BigDecimal FEE = new BigDecimal("300.00");

    private final Connection db;
    private long nextId;
    private long lastId;

    StatementBench(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("derby.stream.error.file", "derby-statement-bench.log");
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + args[1])) {
            db.setAutoCommit(false);
            StatementBench bench = new StatementBench(db);
            switch (args[0]) {
                case "invoices" -> bench.invoices(Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
                case "check" -> bench.check(Integer.parseInt(args[2]));
                default -> throw new IllegalArgumentException("usage: StatementBench invoices|check DB ...");
            }
            db.commit();
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception (XJ015)
            }
        }
    }

    void invoices(int count, int year, Path statement) throws SQLException, IOException {
        List<Long> members = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT ID, NAME FROM MEMBER WHERE STATUS = 'ACTIVE' ORDER BY ID FETCH FIRST "
                     + count + " ROWS ONLY")) {
            while (rows.next()) {
                members.add(rows.getLong(1));
                names.add(rows.getString(2));
            }
        }
        if (members.size() < count) {
            throw new IllegalStateException("only " + members.size() + " active members, " + count + " wanted");
        }
        StringBuilder csv = new StringBuilder("\uFEFF交易日期,借方发生额,贷方发生额,对方户名,对方账号,附言\r\n");
        int partial = 0;
        int unmatched = 0;
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO DUES_INVOICE (ID, VERSION, MEMBER_ID, PERIOD_START,"
                + " PERIOD_END, AMOUNT, DUE_ON, REFERENCE, PAID, WRITTEN_OFF, STATUS, CREATED_AT, CREATED_BY)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, 0, 0, 'OUTSTANDING', ?, 'bench')")) {
            for (int n = 0; n < count; n++) {
                String reference = reference(year, n);
                insert.setLong(1, id());
                insert.setLong(2, members.get(n));
                insert.setDate(3, Date.valueOf(LocalDate.of(year, 1, 1)));
                insert.setDate(4, Date.valueOf(LocalDate.of(year, 12, 31)));
                insert.setBigDecimal(5, FEE);
                insert.setDate(6, Date.valueOf(LocalDate.of(year, 3, 31)));
                insert.setString(7, reference);
                insert.setTimestamp(8, now);
                insert.addBatch();
                if (n % 500 == 499) {
                    insert.executeBatch();
                }
                BigDecimal amount = FEE;
                String memo = "会费 " + reference + " " + names.get(n);
                if (n % 100 == 37) {
                    amount = FEE.divide(BigDecimal.valueOf(2));
                    partial++;
                } else if (n % 100 == 71) {
                    memo = names.get(n) + "会费";
                    unmatched++;
                }
                csv.append(LocalDate.of(year, 1, 2).plusDays(n % 300)).append(",,").append(amount.setScale(2).toPlainString())
                        .append(',').append(names.get(n).replace(",", " ")).append(",6217").append(String.format("%012d", n))
                        .append(',').append(memo.replace(",", " ")).append("\r\n");
            }
            insert.executeBatch();
        }
        Files.writeString(statement, csv, StandardCharsets.UTF_8);
        System.out.println("INVOICES " + count + " " + (count - partial - unmatched) + " " + partial + " " + unmatched);
    }

    void check(int year) throws SQLException {
        System.out.println("CHECK " + count("SELECT COUNT(*) FROM DUES_PAYMENT P JOIN DUES_INVOICE I ON P.INVOICE_ID = I.ID"
                        + " WHERE P.STATE = 'CONFIRMED' AND I.PERIOD_START = '" + year + "-01-01'")
                + " " + count("SELECT COUNT(*) FROM DUES_INVOICE WHERE STATUS = 'PAID' AND PERIOD_START = '" + year + "-01-01'")
                + " " + count("SELECT COUNT(*) FROM MEMBER WHERE PAID_UP_UNTIL = '" + year + "-12-31'")
                + " " + count("SELECT COUNT(*) FROM STATEMENT_PAYMENT"));
    }

    private long count(String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The n-th reference of the year: four characters counting up in base 31, then the check character. */
    static String reference(int year, int n) {
        String yy = String.format("%02d", Math.floorMod(year, 100));
        StringBuilder random = new StringBuilder();
        for (int i = 0, rest = n; i < 4; i++, rest /= ALPHABET.length()) {
            random.insert(0, ALPHABET.charAt(rest % ALPHABET.length()));
        }
        String body = yy + random;
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            sum += (i + 1) * (i < 2 ? c - '0' : ALPHABET.indexOf(c));
        }
        return "HY" + yy + "-" + random + "-" + ALPHABET.charAt(sum % ALPHABET.length());
    }

    /** The next id of ENTITY_SEQ as EclipseLink hands them out: each value of the sequence ends a block of 50. */
    private long id() throws SQLException {
        if (nextId == 0 || nextId > lastId) {
            try (Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery("VALUES NEXT VALUE FOR ENTITY_SEQ")) {
                rows.next();
                lastId = rows.getLong(1);
                nextId = lastId - ID_BLOCK + 1;
            }
        }
        return nextId++;
    }
}
