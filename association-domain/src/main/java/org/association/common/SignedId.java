package org.association.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * A record's id made into a token only the servers can make: the id, a dot, and an HMAC-SHA256 of the purpose and the
 * id under a shared secret in unpadded base64url, so that any change to the id or the signature is refused and a token
 * made for one purpose (an unsubscribe link) is no token for another (a membership certificate).
 */
public final class SignedId {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    /** The length of the signature: 32 bytes in unpadded base64url. */
    private static final int SIGNATURE_LENGTH = 43;
    private static final int MAX_ID_DIGITS = 19;

    private SignedId() {
    }

    public static String sign(String secret, String purpose, long id) {
        return id + "." + ENCODER.encodeToString(Hashes.hmacSha256(secret, purpose + ":" + id));
    }

    /** The id of a token signed with {@code secret} for {@code purpose}; empty for anything else. */
    public static Optional<Long> verify(String secret, String purpose, String token) {
        if (!isWellFormed(token)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.substring(0, token.indexOf('.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // the very text signed, not one that decodes to it: no "01" for 1, no other last letter with the same bits
        byte[] expected = sign(secret, purpose, id).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8)) ? Optional.of(id) : Optional.empty();
    }

    /** Whether the text could be a token at all (digits, a dot, a signature's length of base64url); nothing else is read. */
    public static boolean isWellFormed(String text) {
        int dot = text == null ? -1 : text.indexOf('.');
        if (dot < 1 || dot > MAX_ID_DIGITS || text.length() != dot + 1 + SIGNATURE_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = i < dot ? c >= '0' && c <= '9'
                    : i == dot || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
