package org.association.events.control;

import java.security.SecureRandom;
import java.util.Base64;
import org.association.common.SecretToken;

/**
 * A certificate's verification code: 192 random bits in unpadded base64url (32 characters), printed on the certificate
 * and the key of its public page, so counting through addresses finds none.
 */
public final class CertificateCode {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 24;
    static final int LENGTH = 32;

    private CertificateCode() {
    }

    public static String create() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a code at all; anything else is not looked up. */
    public static boolean isWellFormed(String text) {
        return SecretToken.isBase64Url(text, LENGTH);
    }
}
