package org.association.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdminFilterTest {

    @Test
    void theSwitchIsTakenOffAndThePageItNamesStays() {
        assertEquals("?id=5", AdminFilter.withoutSwitch("id=5&hl=en"));
        assertEquals("?kind=INDIVIDUAL&page=2", AdminFilter.withoutSwitch("kind=INDIVIDUAL&hl=zh&page=2"));
        assertEquals("?hlx=1", AdminFilter.withoutSwitch("hl&hlx=1"));
        assertEquals("", AdminFilter.withoutSwitch("hl=en"));
        assertEquals("", AdminFilter.withoutSwitch(null));
    }
}
