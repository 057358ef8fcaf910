import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The member portal benchmark's side of the database, while no server has it open: gives the COUNT active physicians
 * with the most appointments and registrations a password, hashed as the application hashes passwords (Jakarta
 * Security's PBKDF2 format), so that the benchmark signs them in as members would.
 *
 * <pre>java -cp 'server-lib/*' PortalBench.java password DB PASSWORD COUNT   prints "EMAIL MEMBER_NUMBER" a line</pre>
 */
public class PortalBench {

    public static void main(String[] args) throws Exception {
        if (args.length != 4 || !args[0].equals("password")) {
            throw new IllegalArgumentException("usage: PortalBench password DB PASSWORD COUNT");
        }
        System.setProperty("derby.stream.error.file", "bench/target/derby-portal-bench.log");
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + args[1])) {
            db.setAutoCommit(false);
            for (String member : passwords(db, args[2], Integer.parseInt(args[3]))) {
                System.out.println(member);
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

    static List<String> passwords(Connection db, String password, int count) throws Exception {
        List<String> members = new ArrayList<>();
        String hash = hash(password);
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT M.ID, M.EMAIL, M.MEMBER_NUMBER FROM MEMBER M"
                     + " WHERE M.KIND = 'INDIVIDUAL' AND M.STATUS = 'ACTIVE' AND M.EMAIL IS NOT NULL ORDER BY"
                     + " (SELECT COUNT(*) FROM APPOINTMENT A WHERE A.MEMBER_ID = M.ID)"
                     + " + (SELECT COUNT(*) FROM EVENT_REGISTRATION R WHERE R.MEMBER_ID = M.ID) DESC, M.ID"
                     + " FETCH FIRST " + count + " ROWS ONLY");
             PreparedStatement insert = db.prepareStatement("INSERT INTO MEMBER_PASSWORD (ID, VERSION, SIGNER, MEMBER_ID,"
                     + " PASSWORD_HASH, CREATED_AT, CREATED_BY) VALUES (NEXT VALUE FOR ENTITY_SEQ, 1, ?, ?, ?, ?, 'bench')")) {
            while (rows.next()) {
                insert.setString(1, "member:" + rows.getLong(1));
                insert.setLong(2, rows.getLong(1));
                insert.setString(3, hash);
                insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
                insert.executeUpdate();
                members.add(rows.getString(2) + " " + rows.getString(3));
            }
        }
        return members;
    }

    /** "PBKDF2WithHmacSHA512:210000:salt:key", base64, as Jakarta Security's Pbkdf2PasswordHash writes and reads it. */
    static String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 64 * 8)).getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:210000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }
}
