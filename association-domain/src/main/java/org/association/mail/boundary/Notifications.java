package org.association.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.content.entity.Language;
import org.association.mail.entity.MailCause;
import org.association.membership.boundary.ApplicationReceived;
import org.association.membership.boundary.ChangeRequestDecided;
import org.association.membership.boundary.MemberActed;
import org.association.membership.entity.ChangeRequestStatus;
import org.association.membership.entity.FieldChange;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberChangeRequest;

/**
 * The service notifications: an application received (to the applicant and to the MEMBERSHIP staff), every
 * change of a member's standing with its reason, and the decision on a member's change request. Observed
 * synchronously, so the mails are queued in the transaction of the change and commit or roll back with it. Service
 * notifications go whatever the member's consent to notices.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    private Outbox outbox;

    @Inject
    private MailServer server;

    void applied(@Observes ApplicationReceived application) {
        Member applicant = application.applicant();
        outbox.recipient(applicant.getId(), application.language());
        if (applicant.getEmail() != null) {
            outbox.queue(new Mail(MailCause.APPLICATION_RECEIVED, application.language(), applicant.getEmail(),
                    applicant.getName(),
                    applicant.getId(), values(applicant, null, joinLink(application.language())), null));
        }
        String review = server.siteUrl() + "/admin/members/edit.xhtml?id=" + applicant.getId();
        for (Account staff : outbox.staff(Role.MEMBERSHIP)) {
            outbox.queue(new Mail(MailCause.APPLICATION_TO_STAFF, Language.ZH, staff.getEmail(), staff.getDisplayName(), null,
                    values(applicant, null, review), null));
        }
    }

    void acted(@Observes MemberActed acted) {
        Member member = acted.member();
        MailCause cause = switch (acted.action()) {
            case APPROVE -> MailCause.APPROVED;
            case REJECT -> MailCause.REJECTED;
            case SUSPEND -> MailCause.SUSPENDED;
            case REINSTATE -> MailCause.REINSTATED;
            case RESIGN -> MailCause.RESIGNED;
            // a renewal says nothing by mail: it moves the reminders, which follow paid-up-until
            case RENEW -> null;
        };
        if (cause == null || member.getEmail() == null) {
            return;
        }
        Language language = outbox.languageOf(member.getId());
        outbox.queue(new Mail(cause, language, member.getEmail(), member.getName(), member.getId(),
                values(member, acted.reason(), joinLink(language)), null));
    }

    void decided(@Observes ChangeRequestDecided decided) {
        MemberChangeRequest request = decided.request();
        Member member = request.getMember();
        if (member.getEmail() == null) {
            return;
        }
        Language language = outbox.languageOf(member.getId());
        MailCause cause = request.getStatus() == ChangeRequestStatus.APPROVED ? MailCause.CHANGE_REQUEST_APPROVED
                : MailCause.CHANGE_REQUEST_REJECTED;
        Map<String, String> values = values(member, request.getRejectReason(), memberPage());
        values.put("list", request.getChanges().stream().map(change -> changeLine(change, language))
                .collect(Collectors.joining("\n")));
        outbox.queue(new Mail(cause, language, member.getEmail(), member.getName(), member.getId(), values, null));
    }

    /** "Employer: old → new", a blank value as a dash. */
    static String changeLine(FieldChange change, Language language) {
        return change.getField().label(language) + (language == Language.EN ? ": " : "：") + orDash(change.getBefore())
                + " → " + orDash(change.getAfter());
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }

    /** The placeholders' values for mail about a member. */
    static Map<String, String> values(Member member, String reason, String link) {
        Map<String, String> values = new HashMap<>();
        values.put("name", member.getName());
        values.put("memberNumber", member.getMemberNumber());
        values.put("paidUpUntil", member.getPaidUpUntil() == null ? "" : member.getPaidUpUntil().toString());
        values.put("reason", reason);
        values.put("link", link);
        return values;
    }

    /** The member's own page in the portal, where their invoices are with the account and reference to pay them by. */
    String memberPage() {
        return server.siteUrl() + "/member/";
    }

    /** The membership page of the public site in the language (the join channel's address, as SiteLinks makes it). */
    String joinLink(Language language) {
        return server.siteUrl() + (language == Language.EN ? "/en" : "") + "/join";
    }
}
