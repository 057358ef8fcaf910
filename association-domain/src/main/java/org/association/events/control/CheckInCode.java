package org.association.events.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.association.common.Hashes;

/**
 * The code a registration is checked in with at the desk: its id, a hyphen, and the first 80 bits of an HMAC-SHA256
 * of the id under the check-in secret in 16 letters of base32 (A-Z, 2-7), so that it is short enough to type on a
 * phone, yet only the servers can make one, and counting through ids finds nothing. Read in any case and with spaces.
 */
public final class CheckInCode {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** 80 bits: 16 letters of 5 bits each, no padding. */
    private static final int MAC_BYTES = 10;
    private static final int MAX_LENGTH = 60;

    private CheckInCode() {
    }

    public static String sign(String secret, long registrationId) {
        return registrationId + "-" + base32(Arrays.copyOf(mac(secret, registrationId), MAC_BYTES));
    }

    /** The registration id of a code signed with {@code secret}, as typed or scanned; empty for anything else. */
    public static Optional<Long> verify(String secret, String code) {
        if (code == null || code.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String typed = code.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        int hyphen = typed.indexOf('-');
        if (hyphen < 1 || hyphen > 18) {
            return Optional.empty();
        }
        long registrationId;
        try {
            registrationId = Long.parseLong(typed.substring(0, hyphen));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // the very text signed: no "01" for 1, no "+1"
        byte[] expected = sign(secret, registrationId).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, typed.getBytes(StandardCharsets.UTF_8)) ? Optional.of(registrationId)
                : Optional.empty();
    }

    private static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | b & 0xff;
            bits += 8;
            while (bits >= 5) {
                text.append(BASE32.charAt(buffer >> bits - 5 & 31));
                bits -= 5;
            }
        }
        return text.toString();
    }

    private static byte[] mac(String secret, long registrationId) {
        return Hashes.hmacSha256(secret, "check-in:" + registrationId);
    }
}
