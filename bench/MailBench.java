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
 * java MailBench.java notice DATABASE COUNT                 writes COUNT active members with addresses into a stopped
 *                                                           server's Derby and a notice to the active members, scheduled
 *                                                           long ago, for the server's own expansion to put in the outbox
 * java MailBench.java sink PORT FROM USER PASSWORD COUNT SECONDS
 *                                                           an SMTP server on loopback: prints READY, then, when mails to
 *                                                           COUNT different recipients came or SECONDS passed, one line
 *                                                           "RESULT received distinct first_ms last_ms" (epoch millis)
 * </pre>
 */
public class MailBench {

    private static final long FIRST_ID = 9_000_001L;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "queue" -> queue(args[1], Integer.parseInt(args[2]));
            case "notice" -> notice(args[1], Integer.parseInt(args[2]));
            case "sink" -> sink(Integer.parseInt(args[1]), args[2], args[3], args[4], Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]));
            default -> throw new IllegalArgumentException("queue, notice or sink, not " + args[0]);
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
        shutDown(database);
    }

    /** Members as an import leaves them (active, an address each, no mail settings: they take notices) and one notice. */
    static void notice(String database, int count) throws SQLException {
        Timestamp due = Timestamp.valueOf(LocalDateTime.of(2020, 1, 1, 0, 0));
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database);
                PreparedStatement member = connection.prepareStatement("INSERT INTO MEMBER (ID, VERSION, MEMBER_NUMBER, KIND,"
                        + " STATUS, NAME, EMAIL, LISTED_IN_DIRECTORY, CREATED_AT, CREATED_BY)"
                        + " VALUES (?, 0, ?, 'INDIVIDUAL', 'ACTIVE', ?, ?, FALSE, ?, 'bench')");
                PreparedStatement notice = connection.prepareStatement("INSERT INTO NOTICE (ID, VERSION, SUBJECT_ZH, BODY_ZH,"
                        + " SEGMENT_STATUS, STATUS, SEND_AT, EXPANDED_TO, QUEUED_COUNT, CREATED_AT, CREATED_BY)"
                        + " VALUES (?, 0, ?, ?, 'ACTIVE', 'SCHEDULED', ?, 0, 0, ?, 'bench')")) {
            connection.setAutoCommit(false);
            for (long id = FIRST_ID; id < FIRST_ID + count; id++) {
                member.setLong(1, id);
                member.setString(2, "B" + id);
                member.setString(3, "会员 " + id);
                member.setString(4, "member" + id + "@example.org");
                member.setTimestamp(5, due);
                member.addBatch();
                if ((id - FIRST_ID) % 1000 == 999) {
                    member.executeBatch();
                }
            }
            member.executeBatch();
            notice.setLong(1, FIRST_ID);
            notice.setString(2, "关于召开年度学术会议的通知");
            notice.setString(3, "<p>尊敬的会员：</p>" + "<p>学会将于下月召开年度学术会议，欢迎参加。详情请见学会网站。</p>".repeat(4));
            notice.setTimestamp(4, due);
            notice.setTimestamp(5, due);
            notice.executeUpdate();
            connection.commit();
        }
        shutDown(database);
    }

    private static void shutDown(String database) throws SQLException {
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
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long first = -1;
        long last = -1;
        // one address per member: a second mail to one is a duplicate, whatever its Message-ID
        Set<String> recipients = new HashSet<>();
        int seen = 0;
        while (recipients.size() < count && System.nanoTime() < deadline) {
            MimeMessage[] received = smtp.getReceivedMessages();
            if (received.length > seen) {
                long now = System.currentTimeMillis();
                if (first < 0) {
                    first = now;
                }
                for (int i = seen; i < received.length; i++) {
                    recipients.add(recipient(received[i]));
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
        System.out.printf("RESULT %d %d %d %d%n", total, recipients.size(), first, last);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
