package org.association.startup;

import java.util.Map;
import java.util.Optional;
import org.association.account.control.PasswordPolicy;

/**
 * Whether ASSOCIATION_ADMIN_PASSWORD passes the password rule for the first account, in words for the person who set
 * it. run.sh runs {@link #main} with "java -cp" on the built jar before it starts a server, so that a refusal is said
 * on the console rather than only in the server log; {@link InitialAdminCreator} logs the same words.
 */
public final class AdminPasswordCheck {

    public static final String VARIABLE = "ASSOCIATION_ADMIN_PASSWORD";
    public static final String RULE = "at least " + PasswordPolicy.MIN_LENGTH + " and at most " + PasswordPolicy.MAX_LENGTH
            + " characters, at least 4 different ones, not a common password, and not containing the user name "
            + InitialAdminCreator.USERNAME;
    private static final Map<String, String> REASONS = Map.of(
            "error.password.short", "it is shorter than " + PasswordPolicy.MIN_LENGTH + " characters",
            "error.password.long", "it is longer than " + PasswordPolicy.MAX_LENGTH + " characters",
            "error.password.common", "it is a common password, contains the user name " + InitialAdminCreator.USERNAME
                    + " or has fewer than 4 different characters");

    private AdminPasswordCheck() {
    }

    /** Why the password is refused, with the rule; empty when it is accepted. */
    public static Optional<String> refusal(String password) {
        return PasswordPolicy.violation(password, InitialAdminCreator.USERNAME)
                .map(key -> VARIABLE + " is refused: " + REASONS.getOrDefault(key, key)
                        + ". The password of the first account needs " + RULE + ".");
    }

    /** Exits with 1 after printing the refusal when the variable is set and refused; a blank one means "not set". */
    public static void main(String[] args) {
        String password = System.getenv(VARIABLE);
        if (password == null || password.isBlank()) {
            return;
        }
        Optional<String> refusal = refusal(password);
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            System.exit(1);
        }
    }
}
