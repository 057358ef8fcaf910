package org.association.web.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageLinksTest {

    @Test
    void showsEveryPageOfAShortList() {
        assertEquals(List.of(1), PageLinks.around(1, 1));
        assertEquals(List.of(1, 2, 3, 4, 5), PageLinks.around(3, 5));
    }

    @Test
    void elidesTheMiddleOfALongList() {
        assertEquals(List.of(1, 2, 3, 0, 5000), PageLinks.around(1, 5000));
        assertEquals(List.of(1, 0, 1998, 1999, 2000, 2001, 2002, 0, 5000), PageLinks.around(2000, 5000));
        assertEquals(List.of(1, 0, 4998, 4999, 5000), PageLinks.around(5000, 5000));
        assertEquals(List.of(1, 2, 3, 4, 5, 0, 10), PageLinks.around(3, 10));
    }
}
