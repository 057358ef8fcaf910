package org.association.dues.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RemittanceReferenceTest {

    @Test
    void aNewReferenceIsShortUpperCaseOfItsYearAndReadsBackInAnyCaseWithOrWithoutDashes() {
        String reference = RemittanceReference.create(2026);
        assertTrue(reference.matches("HY26-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]"), reference);
        assertEquals(Optional.of(reference), RemittanceReference.parse(reference));
        assertEquals(Optional.of(reference), RemittanceReference.parse(" " + reference.toLowerCase().replace("-", "") + " "));
        assertEquals("HY01", RemittanceReference.create(2101).substring(0, 4));
    }

    @Test
    void everySingleMistypedCharacterAndEverySwapOfNeighboursIsCaught() {
        for (int n = 0; n < 200; n++) {
            String reference = RemittanceReference.create(2026);
            String compact = reference.replace("-", "");
            for (int i = 2; i < compact.length(); i++) {
                String alphabet = i < 4 ? "0123456789" : RemittanceReference.ALPHABET;
                for (char other : alphabet.toCharArray()) {
                    if (other != compact.charAt(i)) {
                        String typo = compact.substring(0, i) + other + compact.substring(i + 1);
                        assertTrue(RemittanceReference.parse(typo).isEmpty(), typo + " for " + reference);
                    }
                }
                if (i + 1 < compact.length() && compact.charAt(i) != compact.charAt(i + 1)) {
                    String swapped = compact.substring(0, i) + compact.charAt(i + 1) + compact.charAt(i)
                            + compact.substring(i + 2);
                    assertTrue(RemittanceReference.parse(swapped).isEmpty(), swapped + " for " + reference);
                }
            }
        }
    }

    @Test
    void referencesAreRandomNotCounted() {
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            made.add(RemittanceReference.create(2026));
        }
        assertTrue(made.size() > 990, "of 1000, distinct: " + made.size());
        // 1·2 + 2·6 + (3 + 4 + 5 + 6)·8 (A is the alphabet's ninth) = 158 = 5·31 + 3, and the fourth character is 5
        assertEquals(Optional.of("HY26-AAAA-5"), RemittanceReference.parse("hy26aaaa5"));
        assertTrue(RemittanceReference.parse("HY26-0OIL-2").isEmpty(), "look-alikes are not in the alphabet");
        assertTrue(RemittanceReference.parse(null).isEmpty());
    }
}
