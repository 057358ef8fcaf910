package org.association.web.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicantAddressTest {

    private static final Optional<String> PROXY = Optional.of("10.0.0.2");

    @Test
    void behindTheTrustedProxyTheAddressItAppendedCounts() {
        assertEquals("203.0.113.7", ApplicantAddress.of("10.0.0.2", "203.0.113.7", PROXY));
        assertEquals("203.0.113.7", ApplicantAddress.of("10.0.0.2", "198.51.100.1, 203.0.113.7", PROXY),
                "the client's own entries are not believed");
        assertEquals("2001:db8::7", ApplicantAddress.of("10.0.0.2", " 2001:db8::7 ", Optional.of(" 10.0.0.2 ")));
    }

    @Test
    void theHeaderFromAnyoneElseOrWithoutAProxyIsIgnored() {
        assertEquals("198.51.100.9", ApplicantAddress.of("198.51.100.9", "203.0.113.7", PROXY));
        assertEquals("10.0.0.2", ApplicantAddress.of("10.0.0.2", "203.0.113.7", Optional.empty()));
        assertEquals("10.0.0.2", ApplicantAddress.of("10.0.0.2", null, PROXY));
        assertEquals("10.0.0.2", ApplicantAddress.of("10.0.0.2", "203.0.113.7, ", PROXY), "an empty last entry");
        assertEquals("10.0.0.2", ApplicantAddress.of("10.0.0.2", "x".repeat(65), PROXY), "not an address");
    }
}
