package org.association.mail.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.association.account.entity.Role;
import org.association.common.ScheduledJobs;
import org.association.mail.control.Retries;
import org.association.mail.control.SmtpFailure;
import org.association.mail.control.SmtpMessage;
import org.association.mail.entity.MailMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox every {@code association.mail.interval-seconds} (default 10), after putting the notices that are due
 * into it (a bounded part of each per turn, NoticeExpansion), and derives the renewal reminders
 * and the weekly digest every {@code association.mail.reminder-interval-seconds} (default one hour). Every server
 * has these timers and one of them runs each turn (ScheduledJobs); each mail is also claimed on its own
 * (MailSender), so two runs that overlap never send one mail twice.
 *
 * Delivery is at least once: a mail is recorded as sent only after the mail server accepted it. A server killed
 * between that acceptance and the commit leaves the mail claimed; its lease runs out and it is sent again, with the
 * same Message-ID. Killed anywhere else, nothing is lost and nothing doubled.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSchedule {

    public static final String SENDER_JOB = "mail-sender";
    public static final String REMINDER_JOB = "mail-reminders";

    /** At most this many mails per run, so a run ends well within its lease. */
    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private ScheduledJobs jobs;

    @Inject
    private MailSender sender;

    @Inject
    private RenewalReminders reminders;

    @Inject
    private NoticeExpansion notices;

    @Inject
    private MailServer server;

    @Inject
    @ConfigProperty(name = "association.mail.interval-seconds", defaultValue = "10")
    private long intervalSeconds;

    @Inject
    @ConfigProperty(name = "association.mail.reminder-interval-seconds", defaultValue = "3600")
    private long reminderSeconds;

    private Duration interval;
    private Duration reminderInterval;

    @PostConstruct
    void start() {
        interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
        reminderInterval = Duration.ofSeconds(Math.max(1, reminderSeconds));
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(SENDER_JOB, false));
        timers.createIntervalTimer(reminderInterval.toMillis(), reminderInterval.toMillis(), new TimerConfig(REMINDER_JOB,
                false));
    }

    @Timeout
    void run(Timer timer) {
        if (REMINDER_JOB.equals(timer.getInfo())) {
            if (jobs.claim(REMINDER_JOB, reminderInterval)) {
                reminders.run();
            }
        } else if (jobs.claim(SENDER_JOB, interval)) {
            notices.expandDue();
            sendDue();
        }
    }

    /** Sends what is due, within the throttle; answers how many mails the server accepted. */
    public int sendDue() {
        Optional<Session> session = server.session();
        if (session.isEmpty()) {
            return 0;
        }
        int budget = Retries.budget(server.perMinute(), sender.sentInLastMinute(), BATCH);
        if (budget == 0) {
            return 0;
        }
        List<Long> due = sender.due(budget);
        int sent = 0;
        Transport transport = null;
        try {
            for (Long id : due) {
                Optional<MailMessage> claimed = sender.claim(id);
                if (claimed.isEmpty()) {
                    continue;
                }
                try {
                    transport = connected(transport, session.get());
                    MimeMessage message = SmtpMessage.of(session.get(), claimed.get());
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException | RuntimeException e) {
                    SmtpFailure failure = SmtpFailure.of(e);
                    LOG.log(Level.INFO, () -> "Mail " + id + " not sent: " + failure.text());
                    recordFailure(id, failure);
                    transport = closed(transport, failure);
                    continue;
                }
                sender.sent(id);
                sent++;
            }
        } finally {
            closed(transport, null);
        }
        return sent;
    }

    private void recordFailure(long id, SmtpFailure failure) {
        try {
            sender.failed(id, failure);
        } catch (EJBException e) {
            // the lease runs out and the mail is tried again
            LOG.log(Level.WARNING, "Could not record the failure of mail " + id, e);
        }
    }

    /** One connection for the whole run; made again when an attempt broke it. */
    private static Transport connected(Transport transport, Session session) throws MessagingException {
        if (transport != null && transport.isConnected()) {
            return transport;
        }
        Transport fresh = session.getTransport();
        fresh.connect();
        return fresh;
    }

    /** Closes the connection after a failure that may have broken it (anything but a refusal of one mail), or at the end. */
    private static Transport closed(Transport transport, SmtpFailure failure) {
        if (transport == null || failure != null && failure.permanent()) {
            return transport;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
        }
        return null;
    }
}
