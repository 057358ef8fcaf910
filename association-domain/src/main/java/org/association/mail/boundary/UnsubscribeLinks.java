package org.association.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.association.mail.control.UnsubscribeToken;
import org.association.mail.entity.MailSecret;

/** The members' unsubscribe links, signed with the secret all servers share (read once, made by the first server). */
@ApplicationScoped
public class UnsubscribeLinks {

    public static final String PATH = "/unsubscribe";
    public static final String TOKEN = "t";

    @Inject
    private SharedSecrets secrets;

    @Inject
    private MailServer server;

    public String url(long memberId) {
        return server.siteUrl() + PATH + "?" + TOKEN + "=" + UnsubscribeToken.sign(secret(), memberId);
    }

    /** The member a token was made for; empty for a token these servers did not sign. */
    public Optional<Long> memberOf(String token) {
        return UnsubscribeToken.verify(secret(), token);
    }

    private String secret() {
        return secrets.named(MailSecret.UNSUBSCRIBE);
    }
}
