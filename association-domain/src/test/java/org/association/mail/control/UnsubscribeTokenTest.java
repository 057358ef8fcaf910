package org.association.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    private static final String SECRET = "k6Jq1m0bQ2xVt3nq9rW4Yz8cLhP5sD7a";

    @Test
    void aSignedTokenNamesItsMember() {
        assertEquals(Optional.of(4711L), UnsubscribeToken.verify(SECRET, UnsubscribeToken.sign(SECRET, 4711)));
    }

    @Test
    void theTokenDependsOnTheSecretNotOnlyOnTheMember() {
        String token = UnsubscribeToken.sign(SECRET, 4711);
        assertNotEquals(token, UnsubscribeToken.sign("another secret of the same length ok", 4711));
        assertEquals(Optional.empty(), UnsubscribeToken.verify("another secret of the same length ok", token));
        assertTrue(token.startsWith("4711."), token);
    }

    @Test
    void anAlteredIdOrSignatureIsRefused() {
        String token = UnsubscribeToken.sign(SECRET, 4711);
        String signature = token.substring(token.indexOf('.') + 1);
        assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, "4712." + signature));
        assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, "04711." + signature), "only the digits signed");
        assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, "+4711." + signature));
        char last = token.charAt(token.length() - 1);
        assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, token.substring(0, token.length() - 1)
                + (last == 'A' ? 'B' : 'A')));
        assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, "4711." + signature.substring(1)));
    }

    @Test
    void aLastLetterThatDecodesToTheSameBytesIsRefusedToo() {
        // 32 bytes are 43 letters of base64; the last letter's two lowest bits carry nothing
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String token = UnsubscribeToken.sign(SECRET, 4711);
        char last = token.charAt(token.length() - 1);
        String sameBytes = token.substring(0, token.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
        assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, sameBytes));
    }

    @Test
    void whatIsNoTokenIsRefusedWithoutAnError() {
        for (String junk : new String[] {null, "", "4711", ".abc", "4711.", "x.y", "4711.!!!", "1.".repeat(60),
            "99999999999999999999.abc"}) {
            assertEquals(Optional.empty(), UnsubscribeToken.verify(SECRET, junk), String.valueOf(junk));
        }
    }
}
