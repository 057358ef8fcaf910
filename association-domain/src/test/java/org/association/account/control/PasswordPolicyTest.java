package org.association.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphraseWithoutCompositionRules() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("plum blossoms in the snow", "admin"));
        assertEquals(Optional.empty(), PasswordPolicy.violation("梅花香自苦寒来宝剑锋从磨砺出", "admin"));
    }

    @Test
    void refusesShortCommonAndOwnNamePasswords() {
        assertEquals(Optional.of("error.password.short"), PasswordPolicy.violation("Tr0ub4dor&3", "admin"));
        assertEquals(Optional.of("error.password.common"), PasswordPolicy.violation("Password1234", "admin"));
        assertEquals(Optional.of("error.password.common"), PasswordPolicy.violation("qwertyuiop123", "admin"));
        assertEquals(Optional.of("error.password.common"), PasswordPolicy.violation("zhangwei-the-editor", "zhangwei"));
        assertEquals(Optional.of("error.password.common"), PasswordPolicy.violation("aaaaaaaaaaaaaaaa", "admin"));
        assertEquals(Optional.of("error.password.long"), PasswordPolicy.violation("x".repeat(64) + "y".repeat(65), "admin"));
    }
}
