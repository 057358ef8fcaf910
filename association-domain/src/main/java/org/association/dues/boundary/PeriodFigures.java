package org.association.dues.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The dues of one period: how many invoices, what they ask for (expected), what was received (confirmed payments less
 * refunds), written off, and what is still outstanding.
 */
public record PeriodFigures(LocalDate periodStart, long invoices, BigDecimal expected, BigDecimal received,
        BigDecimal writtenOff, BigDecimal outstanding) implements Serializable {
}
