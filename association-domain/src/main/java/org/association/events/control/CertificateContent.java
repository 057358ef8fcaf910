package org.association.events.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.association.events.entity.CmeCategory;

/** What a CME certificate states: who attended what, when, the credits awarded, and where to verify it. */
public record CertificateContent(String name, String eventZh, String eventEn, LocalDate from, LocalDate to,
        CmeCategory category, BigDecimal points, String code, String verifyUrl) {
}
