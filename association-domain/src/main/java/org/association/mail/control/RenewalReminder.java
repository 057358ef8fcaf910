package org.association.mail.control;

import java.time.LocalDate;
import java.util.Optional;
import org.association.mail.entity.MailCause;

/**
 * The renewal reminders, derived from a member's paid-up-until date: 30, 7 and 1 days before it and 14 days after.
 * Each is due from its day until the next one's (the last for a week), so a day on which no server ran is made
 * up the next day, and a reminder whose time has passed is not sent late next to a newer one.
 */
public enum RenewalReminder {
    DAYS_30(-30, -7, MailCause.RENEWAL_30_DAYS),
    DAYS_7(-7, -1, MailCause.RENEWAL_7_DAYS),
    DAY_1(-1, 1, MailCause.RENEWAL_1_DAY),
    DAYS_14_AFTER(14, 21, MailCause.RENEWAL_14_DAYS_AFTER);

    private final int from;
    private final int until;
    private final MailCause cause;

    RenewalReminder(int from, int until, MailCause cause) {
        this.from = from;
        this.until = until;
        this.cause = cause;
    }

    public MailCause cause() {
        return cause;
    }

    /** The earliest and latest paid-up-until dates for which this reminder is due today. */
    public LocalDate earliestExpiry(LocalDate today) {
        return today.minusDays(until - 1L);
    }

    public LocalDate latestExpiry(LocalDate today) {
        return today.minusDays(from);
    }

    /** The reminder due on {@code today} for a membership paid up until {@code expiry}, if any. */
    public static Optional<RenewalReminder> due(LocalDate expiry, LocalDate today) {
        for (RenewalReminder reminder : values()) {
            if (!expiry.isBefore(reminder.earliestExpiry(today)) && !expiry.isAfter(reminder.latestExpiry(today))) {
                return Optional.of(reminder);
            }
        }
        return Optional.empty();
    }

    /** The key that makes it once per member, expiry date and kind. */
    public String key(long memberId, LocalDate expiry) {
        return "renewal:" + memberId + ":" + expiry + ":" + name();
    }
}
