import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * The two ends of the mail benchmark (bench/mail.sh), run with GreenMail's standalone jar and the server's libraries on
 * the class path:
 *
 * <pre>
 * java MailBench.java queue DATABASE COUNT                  fills the outbox of a stopped server's Derby with COUNT mails
 * java MailBench.java sink PORT FROM USER PASSWORD COUNT SECONDS
 *                                                           an SMTP server on loopback: prints READY, then, when COUNT
 *                                                           different Message-IDs came or SECONDS passed, one line
 *                                                           "RESULT received distinct first_ms last_ms"
 * </pre>
 */
public class MailBench {

    private static final long FIRST_ID = 9_000_001L;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "queue" -> queue(args[1], Integer.parseInt(args[2]));
            case "sink" -> sink(Integer.parseInt(args[1]), args[2], args[3], args[4], Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]));
            default -> throw new IllegalArgumentException("queue or sink, not " + args[0]);
        }
    }

    /** Queued mails as a notice to as many members leaves them: one row each, its own Message-ID, due long ago. */
    static void queue(String database, int count) throws SQLException {
        Timestamp due = Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 0, 0));
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO MAIL_MESSAGE (ID, VERSION, RECIPIENT,"
                        + " RECIPIENT_NAME, LANGUAGE, CAUSE, SUBJECT, BODY, STATUS, ATTEMPTS, NEXT_ATTEMPT_AT, MESSAGE_ID,"
                        + " CREATED_AT, CREATED_BY) VALUES (?, 0, ?, ?, 'ZH', 'TEST', ?, ?, 'QUEUED', 0, ?, ?, ?, 'bench')")) {
            connection.setAutoCommit(false);
            String body = "尊敬的会员：\n\n学会将于下月召开年度学术会议，欢迎参加。详情请见学会网站。\n\n".repeat(4);
            for (long id = FIRST_ID; id < FIRST_ID + count; id++) {
                insert.setLong(1, id);
                insert.setString(2, "member" + id + "@example.org");
                insert.setString(3, "会员 " + id);
                insert.setString(4, "关于召开年度学术会议的通知");
                insert.setString(5, body);
                insert.setTimestamp(6, due);
                insert.setString(7, "<bench-" + id + "@association>");
                insert.setTimestamp(8, due);
                insert.addBatch();
                if ((id - FIRST_ID) % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            // Derby reports a clean shutdown as SQL state 08006
            if (!"08006".equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
    }

    static void sink(int port, String from, String user, String password, int count, int seconds) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(from, user, password));
        smtp.start();
        System.out.println("READY");
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        long first = -1;
        long last = -1;
        Set<String> ids = new HashSet<>();
        int seen = 0;
        while (ids.size() < count && System.nanoTime() < deadline) {
            MimeMessage[] received = smtp.getReceivedMessages();
            if (received.length > seen) {
                long now = System.nanoTime();
                if (first < 0) {
                    first = now;
                }
                for (int i = seen; i < received.length; i++) {
                    ids.add(messageId(received[i]));
                }
                seen = received.length;
                last = now;
            }
            Thread.sleep(250);
        }
        // a few more seconds: anything sent twice would come now
        Thread.sleep(5000);
        int total = smtp.getReceivedMessages().length;
        smtp.stop();
        System.out.printf("RESULT %d %d %d %d%n", total, ids.size(), first < 0 ? -1 : (first - start) / 1_000_000,
                last < 0 ? -1 : (last - start) / 1_000_000);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
