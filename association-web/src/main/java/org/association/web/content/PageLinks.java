package org.association.web.content;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Which page numbers a long list links to: 1 … 4 5 [6] 7 8 … 2000, with 0 standing for the gaps. */
public final class PageLinks {

    static final int AROUND = 2;

    private PageLinks() {
    }

    public static List<Integer> around(int current, int count) {
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, count));
        for (int number = Math.max(1, current - AROUND); number <= Math.min(count, current + AROUND); number++) {
            shown.add(number);
        }
        List<Integer> links = new ArrayList<>();
        int previous = 0;
        for (int number : shown) {
            if (number - previous > 1) {
                links.add(0);
            }
            links.add(number);
            previous = number;
        }
        return links;
    }
}
