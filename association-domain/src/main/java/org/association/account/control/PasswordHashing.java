package org.association.account.control;

import java.util.Map;

/**
 * How passwords are hashed, for staff accounts and members alike: OWASP's 2023 advice for PBKDF2-HMAC-SHA512. Each
 * stored hash names its own algorithm, iterations and salt, so verifying an older hash still works after these are
 * raised (and it is then rehashed).
 */
public final class PasswordHashing {

    /** What Jakarta Security's {@code Pbkdf2PasswordHash} is initialized with. */
    public static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");
    /** How a hash made with {@link #PARAMETERS} begins. */
    public static final String CURRENT_PREFIX = "PBKDF2WithHmacSHA512:210000:";

    private PasswordHashing() {
    }
}
