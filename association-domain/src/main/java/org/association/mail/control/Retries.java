package org.association.mail.control;

import java.time.Duration;
import java.time.LocalDateTime;

/** When a mail whose attempt failed is tried again: after 1, 2, 4 ... minutes, at most 4 hours; given up after 10 attempts. */
public final class Retries {

    public static final int MAX_ATTEMPTS = 10;

    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(4);

    private Retries() {
    }

    /** The time of the next attempt after {@code attempts} failed ones, or null when the mail is given up. */
    public static LocalDateTime next(int attempts, boolean permanent, LocalDateTime now) {
        if (permanent || attempts >= MAX_ATTEMPTS) {
            return null;
        }
        Duration delay = FIRST.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return now.plus(delay.compareTo(LONGEST) > 0 ? LONGEST : delay);
    }

    /** How many mails a run may send: the limit per minute less those sent in the last minute (0 or less: no limit). */
    public static int budget(int perMinute, long sentInLastMinute, int batch) {
        if (perMinute <= 0) {
            return batch;
        }
        return (int) Math.max(0, Math.min(batch, perMinute - sentInLastMinute));
    }
}
