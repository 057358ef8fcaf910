package org.association.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignedIdTest {

    private static final String SECRET = "k6Jq1m0bQ2xVt3nq9rW4Yz8cLhP5sD7a";

    @Test
    void aTokenSignedForOnePurposeIsNoTokenForAnother() {
        String token = SignedId.sign(SECRET, "membership-certificate", 4711);
        assertEquals(Optional.of(4711L), SignedId.verify(SECRET, "membership-certificate", token));
        assertEquals(Optional.empty(), SignedId.verify(SECRET, "unsubscribe", token));
        assertEquals(Optional.empty(), SignedId.verify(SECRET, "membership-certificate",
                SignedId.sign(SECRET, "unsubscribe", 4711)));
    }

    @Test
    void wellFormedIsDigitsADotAndASignaturesLength() {
        String token = SignedId.sign(SECRET, "p", 12);
        assertTrue(SignedId.isWellFormed(token), token);
        assertEquals(3 + 43, token.length());
        for (String junk : new String[] {null, "", ".", "12.", token + "A", token.substring(0, token.length() - 1),
                "x" + token.substring(1),
                token.replace('.', '-'), "12." + "%".repeat(43), "12345678901234567890." + token.substring(3)}) {
            assertFalse(SignedId.isWellFormed(junk), String.valueOf(junk));
        }
    }
}
