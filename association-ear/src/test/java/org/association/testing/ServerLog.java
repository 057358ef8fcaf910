package org.association.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The log of the server the tests started, read from a mark on: what a test made the server write.
 * (The log is not rotated during a run: Payara rotates at 2 MB, far more than the suite writes.)
 */
public final class ServerLog {

    private ServerLog() {
    }

    public static Path path() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", "association-test", "logs", "server.log");
    }

    /** Where the log ends now. */
    public static long mark() {
        try {
            return Files.size(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the server wrote since the mark. */
    public static String since(long mark) {
        try (RandomAccessFile file = new RandomAccessFile(path().toFile(), "r")) {
            long end = file.length();
            byte[] bytes = new byte[(int) Math.max(0, end - mark)];
            file.seek(Math.min(mark, end));
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records since the mark that are errors or carry a stack trace; none is expected of bad input. */
    public static List<String> troubleSince(long mark) {
        return List.of(since(mark).split("\n(?=\\[\\d{4}-)")).stream()
                .filter(record -> record.contains("[SEVERE]") || record.contains("[ERROR]") || record.contains("\n\tat ")
                        || record.contains("Exception"))
                .toList();
    }

    public static void assertNoTroubleSince(long mark) {
        List<String> trouble = troubleSince(mark);
        assertEquals(List.of(),
                trouble.stream().map(record -> record.length() > 2000 ? record.substring(0, 2000) : record).toList(),
                "the server log has errors or stack traces");
    }
}
