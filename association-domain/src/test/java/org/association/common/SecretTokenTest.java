package org.association.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokenTest {

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SecretToken.create();
            assertEquals(SecretToken.LENGTH, token.length());
            assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
            assertTrue(SecretToken.isWellFormed(token), token);
            assertTrue(seen.add(token), "a token came twice");
        }
    }

    @Test
    void onlyTheHashIsKeptAndItIsNotTheToken() {
        String token = SecretToken.create();
        String hash = SecretToken.hash(token);
        assertEquals(64, hash.length());
        assertNotEquals(token, hash);
        assertEquals(hash, SecretToken.hash(token));
        assertNotEquals(hash, SecretToken.hash(SecretToken.create()));
    }

    @Test
    void anythingElseIsNotLookedUp() {
        assertFalse(SecretToken.isWellFormed(null));
        assertFalse(SecretToken.isWellFormed(""));
        assertFalse(SecretToken.isWellFormed("1"));
        assertFalse(SecretToken.isWellFormed(SecretToken.create().substring(1) + "="));
        assertFalse(SecretToken.isWellFormed(SecretToken.create() + "A"));
        assertFalse(SecretToken.isWellFormed("' OR '1'='1' --                             ".substring(0, 43)));
    }
}
