package org.association.mail.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.association.common.Hashes;

/**
 * The token of a member's unsubscribe link: the member's id and an HMAC-SHA256 of it under the server secret, so only
 * the servers can make one and any change to the id or the signature is refused.
 */
public final class UnsubscribeToken {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private UnsubscribeToken() {
    }

    public static String sign(String secret, long memberId) {
        return memberId + "." + ENCODER.encodeToString(mac(secret, memberId));
    }

    /** The member id of a token signed with {@code secret}; empty for anything else. */
    public static Optional<Long> verify(String secret, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 19) {
            return Optional.empty();
        }
        long memberId;
        try {
            memberId = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // the very text signed, not one that decodes to it: no "01" for 1, no other last letter with the same bits
        byte[] expected = sign(secret, memberId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8)) ? Optional.of(memberId)
                : Optional.empty();
    }

    private static byte[] mac(String secret, long memberId) {
        return Hashes.hmacSha256(secret, "unsubscribe:" + memberId);
    }
}
