package org.association.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogLineTest {

    @Test
    void pairsFollowTheEvent() {
        assertEquals("event=login-refused user=alice address=192.0.2.7 reason=WRONG_PASSWORD",
                LogLine.event("login-refused").with("user", "alice").with("address", "192.0.2.7").with("reason", "WRONG_PASSWORD")
                .toString());
    }

    @Test
    void aTypedValueCannotForgeALineOrAPair() {
        assertEquals("event=login-refused user=\"eve?event=login-succeeded user=admin\"",
                LogLine.event("login-refused").with("user", "eve\nevent=login-succeeded user=admin").toString());
        assertEquals("event=x user=\"say \\\"hi\\\"\"", LogLine.event("x").with("user", "say \"hi\"").toString());
        assertEquals("event=x user=a?b?c", LogLine.event("x").with("user", "a\u0000b\u202Ec").toString());
    }

    @Test
    void emptyAndMissingValuesStayVisible() {
        assertEquals("event=x user=\"\" reason=-", LogLine.event("x").with("user", "").with("reason", null).toString());
    }

    @Test
    void longValuesAreCut() {
        String line = LogLine.event("x").with("user", "a".repeat(10_000)).toString();
        assertEquals("event=x user=".length() + 100 + 1, line.length());
    }
}
