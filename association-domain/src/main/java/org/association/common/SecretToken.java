package org.association.common;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret a link carries (a registration's manage link, a member's sign-in link): 256 random bits, URL-safe; the
 * database keeps only its SHA-256, so neither a copy of the database nor counting through addresses opens what it
 * opens.
 */
public final class SecretToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    /** The length of a token as {@link #create} writes it: 32 bytes in unpadded base64url. */
    static final int LENGTH = 43;

    private SecretToken() {
    }

    public static String create() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash a token is stored and looked up under. */
    public static String hash(String token) {
        return Hashes.sha256(token);
    }

    /** Whether the text could be a token at all; anything else is not looked up. */
    public static boolean isWellFormed(String text) {
        return isBase64Url(text, LENGTH);
    }

    /** Whether the text is {@code length} characters of unpadded base64url. */
    public static boolean isBase64Url(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
