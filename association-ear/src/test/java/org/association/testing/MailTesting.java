package org.association.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMTP server of the tests' domain, for a test class (register it as a static extension): a GreenMail on loopback at
 * 3025 moved by the port offset (the domain's mail resource points there, see association-ear/pom.xml), with the one
 * user the resource signs in as. Also the calls of {@link MailFixtureServlet}.
 */
public final class MailTesting implements BeforeAllCallback, AfterAllCallback {

    private final int port;
    private GreenMail smtp;

    /** The server the tests' domain sends to. */
    public MailTesting() {
        this(smtpPort());
    }

    /** A server on another port, for a domain or cluster of a test's own. */
    public MailTesting(int port) {
        this.port = port;
    }

    /** The port the tests' domain sends to. */
    public static int smtpPort() {
        return 3025 + Integer.getInteger("it.port.offset", 0);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    /** Starts the server afresh, with no mail received. */
    public void start() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser(System.getProperty("test.mail.from"),
                        System.getProperty("test.mail.user"), System.getProperty("test.mail.password")));
        smtp.start();
    }

    public void stop() {
        smtp.stop();
    }

    /** How often each Message-ID came, of the mails received whose Message-ID starts so. */
    public Map<String, Long> messageIds(String prefix) {
        return Arrays.stream(smtp.getReceivedMessages()).map(message -> {
            try {
                return message.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).filter(id -> id.startsWith(prefix)).collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                Collectors.counting()));
    }

    /** Waits up to {@code seconds} until mails of this many Message-IDs of the prefix came; answers how often each came. */
    public Map<String, Long> awaitMessageIds(String prefix, int count, int seconds) throws InterruptedException {
        return awaitKeys(() -> messageIds(prefix), count, seconds);
    }

    /** How many mails came to each address that starts so (its mailbox, without the display name). */
    public Map<String, Long> recipients(String prefix) {
        return Arrays.stream(smtp.getReceivedMessages()).flatMap(message -> {
            try {
                return Arrays.stream(message.getAllRecipients());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(to -> ((InternetAddress) to).getAddress()).filter(address -> address.startsWith(prefix))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    /** Waits up to {@code seconds} until mails to this many addresses of the prefix came; answers how often each got one. */
    public Map<String, Long> awaitRecipients(String prefix, int count, int seconds) throws InterruptedException {
        return awaitKeys(() -> recipients(prefix), count, seconds);
    }

    /** Reads {@code counts} until it holds this many keys or {@code seconds} passed; answers the last reading. */
    private static Map<String, Long> awaitKeys(Supplier<Map<String, Long>> counts, int count, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Map<String, Long> received = counts.get();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            received = counts.get();
        }
        return received;
    }

    /** The mails received for an address, in the order they came. */
    public List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits up to {@code seconds} until {@code count} mails for the address arrived; answers those that did. */
    public List<MimeMessage> await(String address, int count, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<MimeMessage> received = to(address);
        while (received.size() < count && System.nanoTime() < deadline) {
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
            received = to(address);
        }
        return received;
    }

    /** Waits up to {@code seconds} until the mail log for the address reads {@code expected}; answers what it read last. */
    public static String awaitLog(String address, String expected, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        String log = post("log", Map.of("recipient", address));
        while (!log.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(300);
            log = post("log", Map.of("recipient", address));
        }
        return log;
    }

    /** The plain text of a mail: all of it, or its first text/plain part that is not an attached file. */
    public static String text(MimeMessage message) {
        try {
            if (message.isMimeType("text/plain")) {
                return String.valueOf(message.getContent());
            }
            return parts(message).stream().filter(part -> isType(part, "text/plain") && fileName(part) == null).findFirst()
                    .map(part -> {
                        try {
                            return String.valueOf(part.getContent());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } catch (MessagingException e) {
                            throw new IllegalStateException(e);
                        }
                    }).orElseThrow(() -> new IllegalStateException("no text part"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parts of a mail that are no multipart themselves, in the order they stand, through every level. */
    public static List<BodyPart> parts(MimeMessage message) {
        try {
            List<BodyPart> parts = new ArrayList<>();
            if (message.getContent() instanceof Multipart multipart) {
                collect(multipart, parts);
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Multipart multipart, List<BodyPart> parts) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                collect(inner, parts);
            } else {
                parts.add(part);
            }
        }
    }

    /** The attached or inline files of a mail: the parts with a file name. */
    public static List<BodyPart> files(MimeMessage message) {
        return parts(message).stream().filter(part -> fileName(part) != null).toList();
    }

    public static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A call of the notice fixtures ({@link NoticeFixtureServlet}); answers its body, stripped. */
    public static String notices(String what, Map<String, String> parameters) {
        return Fixtures.post("notice-fixtures", what, parameters).strip();
    }

    /** A call of the mail fixtures; answers its body, stripped. */
    public static String post(String what, Map<String, String> parameters) {
        return Fixtures.post("mail-fixtures", what, parameters).strip();
    }
}
