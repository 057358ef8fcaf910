package org.association.dues.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.association.membership.entity.Member;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    @Test
    void theStatusFollowsWhatWasPaidRefundedAndWrittenOff() {
        Invoice invoice = new Invoice(Member.individual("甲"), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"),
                new BigDecimal("300.00"), LocalDate.parse("2026-03-31"), "HY26-ABCD-E");
        assertEquals(InvoiceStatus.OUTSTANDING, invoice.getStatus());
        invoice.addPaid(new BigDecimal("100.00"));
        assertEquals(InvoiceStatus.PART_PAID, invoice.getStatus());
        assertEquals(new BigDecimal("200.00"), invoice.outstanding());
        invoice.addPaid(new BigDecimal("200.00"));
        assertEquals(InvoiceStatus.PAID, invoice.getStatus());
        assertEquals(new BigDecimal("0.00"), invoice.outstanding());
        invoice.addPaid(new BigDecimal("-50.00"));
        assertEquals(InvoiceStatus.PART_PAID, invoice.getStatus(), "after a refund");
        invoice.addWrittenOff(new BigDecimal("50.00"));
        assertEquals(InvoiceStatus.WRITTEN_OFF, invoice.getStatus());
        assertEquals(new BigDecimal("0.00"), invoice.outstanding());
    }
}
