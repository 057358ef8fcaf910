package org.association.mail.control;

import java.util.Optional;
import org.association.common.SignedId;

/**
 * The token of a member's unsubscribe link: the member's id signed for unsubscribing ({@link SignedId}), so only
 * the servers can make one and any change to the id or the signature is refused.
 */
public final class UnsubscribeToken {

    private static final String PURPOSE = "unsubscribe";

    private UnsubscribeToken() {
    }

    public static String sign(String secret, long memberId) {
        return SignedId.sign(secret, PURPOSE, memberId);
    }

    /** The member id of a token signed with {@code secret}; empty for anything else. */
    public static Optional<Long> verify(String secret, String token) {
        return SignedId.verify(secret, PURPOSE, token);
    }
}
