package org.association.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckInCodeTest {

    private static final String SECRET = "k6Jq1m0bQ2xVt3nq9rW4Yz8cLhP5sD7a";

    @Test
    void aCodeIsTheIdAndSixteenBase32LettersAndNamesItsRegistration() {
        String code = CheckInCode.sign(SECRET, 4711);
        assertTrue(code.matches("4711-[A-Z2-7]{16}"), code);
        assertEquals(Optional.of(4711L), CheckInCode.verify(SECRET, code));
    }

    @Test
    void aCodeIsReadAsTypedOnAPhoneInLowerCaseAndWithSpaces() {
        String code = CheckInCode.sign(SECRET, 4711);
        String mac = code.substring(5);
        assertEquals(Optional.of(4711L), CheckInCode.verify(SECRET, code.toLowerCase()));
        assertEquals(Optional.of(4711L), CheckInCode.verify(SECRET, " 4711-" + mac.substring(0, 8) + " " + mac.substring(8)
                + "\n"));
    }

    @Test
    void theCodeDependsOnTheSecret() {
        String code = CheckInCode.sign(SECRET, 4711);
        assertNotEquals(code, CheckInCode.sign("another secret of the same length ok", 4711));
        assertEquals(Optional.empty(), CheckInCode.verify("another secret of the same length ok", code));
    }

    @Test
    void anotherIdOrAnAlteredLetterIsRefused() {
        String code = CheckInCode.sign(SECRET, 4711);
        String mac = code.substring(5);
        assertEquals(Optional.empty(), CheckInCode.verify(SECRET, "4712-" + mac), "counting through ids finds nothing");
        assertEquals(Optional.empty(), CheckInCode.verify(SECRET, "04711-" + mac), "only the digits signed");
        assertEquals(Optional.empty(), CheckInCode.verify(SECRET, "+4711-" + mac));
        for (int i = 0; i < mac.length(); i++) {
            char other = mac.charAt(i) == 'A' ? 'B' : 'A';
            String altered = "4711-" + mac.substring(0, i) + other + mac.substring(i + 1);
            assertEquals(Optional.empty(), CheckInCode.verify(SECRET, altered), altered);
        }
        assertEquals(Optional.empty(), CheckInCode.verify(SECRET, "4711-" + mac.substring(1)));
        assertEquals(Optional.empty(), CheckInCode.verify(SECRET, code + "A"));
    }

    @Test
    void codesOfNeighbouringIdsShareNothingButTheirIds() {
        Set<String> macs = new HashSet<>();
        for (long id = 1; id <= 1000; id++) {
            macs.add(CheckInCode.sign(SECRET, id).substring(String.valueOf(id).length() + 1));
        }
        assertEquals(1000, macs.size());
    }

    @Test
    void whatIsNoCodeIsRefusedWithoutAnError() {
        for (String junk : new String[] {null, "", "4711", "-ABC", "4711-", "x-y", "4711-!!!", "1-".repeat(40),
            "99999999999999999999-ABCDEFGHIJKLMNOP", "张三"}) {
            assertEquals(Optional.empty(), CheckInCode.verify(SECRET, junk), String.valueOf(junk));
        }
    }
}
