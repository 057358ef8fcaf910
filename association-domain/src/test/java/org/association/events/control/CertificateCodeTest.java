package org.association.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.association.common.SecretToken;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    @Test
    void codesHoldAtLeast128RandomBitsAndAreUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = CertificateCode.create();
            assertEquals(CertificateCode.LENGTH, code.length());
            assertTrue(code.length() * 6 >= 128);
            assertTrue(code.matches("[A-Za-z0-9_-]+"), code);
            assertTrue(CertificateCode.isWellFormed(code), code);
            assertTrue(seen.add(code), "a code came twice");
        }
    }

    @Test
    void anythingElseIsNotLookedUp() {
        assertFalse(CertificateCode.isWellFormed(null));
        assertFalse(CertificateCode.isWellFormed(""));
        assertFalse(CertificateCode.isWellFormed(SecretToken.create()));
        assertFalse(CertificateCode.isWellFormed(CertificateCode.create().substring(1) + "="));
    }
}
