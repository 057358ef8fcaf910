package org.association.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManageTokenTest {

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = ManageToken.create();
            assertEquals(ManageToken.LENGTH, token.length());
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            assertTrue(ManageToken.isWellFormed(token), token);
            assertTrue(seen.add(token), "a token came twice");
        }
    }

    @Test
    void onlyTheHashIsKeptAndItIsNotTheToken() {
        String token = ManageToken.create();
        String hash = ManageToken.hash(token);
        assertEquals(64, hash.length());
        assertNotEquals(token, hash);
        assertEquals(hash, ManageToken.hash(token));
        assertNotEquals(hash, ManageToken.hash(ManageToken.create()));
    }

    @Test
    void anythingElseIsNotLookedUp() {
        assertFalse(ManageToken.isWellFormed(null));
        assertFalse(ManageToken.isWellFormed(""));
        assertFalse(ManageToken.isWellFormed("1"));
        assertFalse(ManageToken.isWellFormed(ManageToken.create().substring(1) + "="));
        assertFalse(ManageToken.isWellFormed(ManageToken.create() + "A"));
        assertFalse(ManageToken.isWellFormed("' OR '1'='1' --                             ".substring(0, 43)));
    }
}
