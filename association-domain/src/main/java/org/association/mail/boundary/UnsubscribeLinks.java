package org.association.mail.boundary;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.association.common.BusinessException;
import org.association.mail.control.UnsubscribeToken;
import org.association.mail.entity.MailSecret;

/** The members' unsubscribe links, signed with the secret all servers share (read once, made by the first server). */
@ApplicationScoped
public class UnsubscribeLinks {

    public static final String PATH = "/unsubscribe";
    public static final String TOKEN = "t";

    @Inject
    private MailSecrets secrets;

    @Inject
    private MailServer server;

    private volatile String secret;

    public String url(long memberId) {
        return server.siteUrl() + PATH + "?" + TOKEN + "=" + UnsubscribeToken.sign(secret(), memberId);
    }

    /** The member a token was made for; empty for a token these servers did not sign. */
    public Optional<Long> memberOf(String token) {
        return UnsubscribeToken.verify(secret(), token);
    }

    private String secret() {
        String known = secret;
        if (known == null) {
            known = secrets.read(MailSecret.UNSUBSCRIBE).orElseGet(() -> {
                try {
                    return secrets.make(MailSecret.UNSUBSCRIBE);
                } catch (EJBException | BusinessException e) {
                    // another server made it at the same moment
                    return secrets.read(MailSecret.UNSUBSCRIBE).orElseThrow(() -> e);
                }
            });
            secret = known;
        }
        return known;
    }
}
