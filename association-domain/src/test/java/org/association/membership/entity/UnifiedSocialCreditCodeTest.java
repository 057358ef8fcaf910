package org.association.membership.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsPublishedCodes() {
        // codes printed on public registration certificates
        assertTrue(UnifiedSocialCreditCode.Validator.isValid("91350100M000100Y43"));
        assertTrue(UnifiedSocialCreditCode.Validator.isValid("12100000400000624D"));
    }

    @Test
    void refusesAWrongCheckCharacterLengthOrAlphabet() {
        assertFalse(UnifiedSocialCreditCode.Validator.isValid("91350100M000100Y44"));
        assertFalse(UnifiedSocialCreditCode.Validator.isValid("91350100M000100Y4"));
        assertFalse(UnifiedSocialCreditCode.Validator.isValid("91350100M000100I43"), "I is not in the alphabet");
        assertFalse(UnifiedSocialCreditCode.Validator.isValid("91350100m000100y43"), "lower case is not the code");
    }

    @Test
    void completesAStemWithItsCheckCharacter() {
        assertEquals("91350100M000100Y43", UnifiedSocialCreditCode.Validator.complete("91350100M000100Y4"));
        assertTrue(UnifiedSocialCreditCode.Validator.isValid(UnifiedSocialCreditCode.Validator.complete("12510100MB0000031")));
    }
}
