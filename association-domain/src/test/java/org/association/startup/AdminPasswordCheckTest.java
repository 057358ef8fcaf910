package org.association.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminPasswordCheckTest {

    @Test
    void acceptsWhatThePolicyAccepts() {
        assertEquals(Optional.empty(), AdminPasswordCheck.refusal("plum blossoms in the snow"));
    }

    @Test
    void saysWhyAndTheWholeRule() {
        String refusal = AdminPasswordCheck.refusal("the admin's own long passphrase").orElseThrow();
        assertTrue(refusal.startsWith("ASSOCIATION_ADMIN_PASSWORD is refused: it is a common password, "
                + "contains the user name admin"),
                refusal);
        assertTrue(refusal.endsWith("needs at least 12 and at most 128 characters, at least 4 different ones, "
                + "not a common password, "
                + "and not containing the user name admin."), refusal);
        assertTrue(AdminPasswordCheck.refusal("short words").orElseThrow().contains("it is shorter than 12 characters"));
    }
}
