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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
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
 * (MailSender), so two runs that overlap never send one mail twice. A turn sends groups of mails over one SMTP
 * connection, each group claimed in one transaction and its outcomes recorded in one, for up to an interval.
 *
 * Delivery is at least once: a mail is recorded as sent only after the mail server accepted it. A server killed
 * between that acceptance and the commit of its group leaves the group claimed; the lease runs out and the mails
 * accepted so far go again, with the same Message-IDs. Killed anywhere else, nothing is lost and nothing doubled.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@RunAs(Role.ADMIN_NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSchedule {

    public static final String SENDER_JOB = "mail-sender";
    public static final String REMINDER_JOB = "mail-reminders";

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
    private AssociationClock clock;

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

    /**
     * Sends what is due, within the throttle, a group at a time over one SMTP connection, for at most four fifths of an
     * interval (the next turn, on this server or another, goes on); answers how many mails the server accepted.
     */
    public int sendDue() {
        Optional<Session> session = server.session();
        if (session.isEmpty()) {
            return 0;
        }
        // ends before the next tick: a timeout that comes while the turn runs is skipped, and the outbox would wait a tick
        long until = System.nanoTime() + interval.toNanos() * 4 / 5;
        int sent = 0;
        Connection connection = new Connection(session.get());
        try {
            while (!connection.broken && System.nanoTime() < until) {
                int budget = Retries.budget(server.perMinute(), sender.sentInLastMinute(), MailSender.GROUP);
                MailSender.Claim claim = budget == 0 ? null : sender.claim(sender.due(budget));
                if (claim == null || claim.mails().isEmpty()) {
                    break;
                }
                sent += send(connection, claim);
            }
        } finally {
            connection.close();
        }
        return sent;
    }

    /**
     * Sends a claimed group while its lease leaves time, records the outcomes together and gives back the mails not
     * tried. A refusal of one mail goes on with the next; a connection that broke ends the group.
     */
    private int send(Connection connection, MailSender.Claim claim) {
        List<MailSender.Outcome> outcomes = new ArrayList<>();
        List<Long> untried = new ArrayList<>();
        for (MailMessage mail : claim.mails()) {
            if (connection.broken || clock.now().isAfter(claim.sendBy())) {
                untried.add(mail.getId());
                continue;
            }
            try {
                MimeMessage message = SmtpMessage.of(connection.session, mail, claim.attachmentsOf(mail));
                connection.open().sendMessage(message, message.getAllRecipients());
                outcomes.add(MailSender.Outcome.sent(mail.getId()));
            } catch (MessagingException | RuntimeException e) {
                SmtpFailure failure = SmtpFailure.of(e);
                LOG.log(Level.INFO, () -> "Mail " + mail.getId() + " not sent: " + failure.text());
                outcomes.add(new MailSender.Outcome(mail.getId(), failure));
                connection.checkAfter(failure);
            }
        }
        record(outcomes);
        try {
            sender.release(untried);
        } catch (EJBException e) {
            // their lease runs out and they are claimed again
            LOG.log(Level.WARNING, "Could not give back " + untried.size() + " untried mails", e);
        }
        return (int) outcomes.stream().filter(outcome -> outcome.failure() == null).count();
    }

    /** Records a group's outcomes at once; should that fail, each on its own, so that one bad record holds up no other. */
    private void record(List<MailSender.Outcome> outcomes) {
        try {
            sender.record(outcomes);
        } catch (EJBException group) {
            LOG.log(Level.WARNING, "Could not record a group of " + outcomes.size() + " mails; recording each", group);
            for (MailSender.Outcome outcome : outcomes) {
                try {
                    sender.record(List.of(outcome));
                } catch (EJBException e) {
                    // the lease runs out and the mail is tried again
                    LOG.log(Level.WARNING, "Could not record the outcome of mail " + outcome.id(), e);
                }
            }
        }
    }

    /** The SMTP connection of a turn: opened on the first mail, kept for the turn, broken when the server is lost. */
    private static final class Connection {

        private final Session session;
        private Transport transport;
        private boolean broken;

        Connection(Session session) {
            this.session = session;
        }

        Transport open() throws MessagingException {
            if (transport == null) {
                transport = session.getTransport();
                transport.connect();
            }
            return transport;
        }

        /** A refusal of one mail leaves the connection usable; anything else is checked (a NOOP) and ends it if lost. */
        void checkAfter(SmtpFailure failure) {
            if (!failure.permanent() && (transport == null || !transport.isConnected())) {
                broken = true;
            }
        }

        void close() {
            if (transport == null) {
                return;
            }
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "Closing the SMTP connection failed", e);
            }
        }
    }
}
