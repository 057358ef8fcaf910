package org.association.account.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * NIST SP 800-63B style password rules: long enough, not a known common password, no composition
 * rules. Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("error.password.short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("error.password.long");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded) || (username != null && folded.contains(username.toLowerCase(Locale.ROOT)))
                || folded.chars().distinct().count() < 4) {
            return Optional.of("error.password.common");
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
