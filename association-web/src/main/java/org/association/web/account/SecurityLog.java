package org.association.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.association.common.LogLine;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The security events of the back office and the member portal: one structured line each in the server log under
 * "org.association.security" (who, what, from where; the log record carries when; never a password),
 * and a counter each among the application's metrics (/metrics on the monitoring port).
 */
@ApplicationScoped
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger("org.association.security");

    @Inject
    private MetricRegistry metrics;

    private Counter logins;
    private Counter failedLogins;
    private Counter lockouts;
    private Counter refusedAccess;
    private Counter editConflicts;
    private Counter memberSignIns;
    private Counter refusedMemberSignIns;
    private Counter refusedCallbacks;

    /** Made at start-up, so that the counters are there (at zero) before the first event. */
    void startUp(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // creating the bean is the point
    }

    @PostConstruct
    void registerCounters() {
        logins = counter("association.logins", "Staff sign-ins that succeeded");
        failedLogins = counter("association.logins.failed",
                "Staff sign-ins refused: unknown user, wrong password, locked or disabled account");
        lockouts = counter("association.lockouts", "Accounts locked after repeated wrong passwords");
        refusedAccess = counter("association.access.refused", "Requests for back-office pages the signed-in role may not see");
        editConflicts = counter("association.edit.conflicts", "Saves refused because someone else saved the same record first");
        memberSignIns = counter("association.member.signins", "Member sign-ins to the portal, by link or password");
        refusedMemberSignIns = counter("association.member.signins.refused",
                "Member sign-ins refused: a used, expired or other browser's link, or a wrong password");
        refusedCallbacks = counter("association.payment.callbacks.refused",
                "Payment provider callbacks refused: a bad or missing signature, an unknown order or amount");
    }

    private Counter counter(String name, String description) {
        return metrics.counter(Metadata.builder().withName(name).withDescription(description).build());
    }

    public void loginSucceeded(String user, String address) {
        logins.inc();
        LOG.info(() -> LogLine.event("login-succeeded").with("user", user).with("address", address).toString());
    }

    public void loginRefused(String user, String address, String reason) {
        failedLogins.inc();
        LOG.warning(() -> LogLine.event("login-refused").with("user", user).with("address", address).with("reason", reason)
                .toString());
    }

    /** A wrong password that locked the account: a refused login and a lockout. */
    public void locked(String user, String address) {
        failedLogins.inc();
        lockouts.inc();
        LOG.warning(() -> LogLine.event("account-locked").with("user", user).with("address", address).toString());
    }

    /** A member (or an institution's contact) signed in to the portal, by "link" or "password". */
    public void memberSignedIn(String caller, String method, String address) {
        memberSignIns.inc();
        LOG.info(() -> LogLine.event("member-signed-in").with("user", caller).with("method", method).with("address", address)
                .toString());
    }

    /** A portal sign-in refused; it names no member, as the page does not. */
    public void memberSignInRefused(String method, String reason, String address) {
        refusedMemberSignIns.inc();
        LOG.warning(() -> LogLine.event("member-sign-in-refused").with("method", method).with("reason", reason)
                .with("address", address).toString());
    }

    public void loggedOut(String user, String address) {
        LOG.info(() -> LogLine.event("logout").with("user", user).with("address", address).toString());
    }

    /** A signed-in session that no longer counts: the account changed, was disabled, or the session is too old. */
    public void sessionEnded(String user, String reason, String address) {
        LOG.info(() -> LogLine.event("session-ended").with("user", user).with("reason", reason).with("address", address)
                .toString());
    }

    public void accessRefused(String user, String path, String address) {
        refusedAccess.inc();
        LOG.warning(() -> LogLine.event("access-refused").with("user", user).with("path", path).with("address", address)
                .toString());
    }

    public void editConflict(String user, String what) {
        editConflicts.inc();
        LOG.info(() -> LogLine.event("edit-conflict").with("user", user).with("record", what).toString());
    }

    /** A payment callback that changed nothing: not the provider's signature, or for no order or amount of ours. */
    public void paymentCallbackRefused(String provider, String reason, String address) {
        refusedCallbacks.inc();
        LOG.warning(() -> LogLine.event("payment-callback-refused").with("provider", provider).with("reason", reason)
                .with("address", address).toString());
    }
}
