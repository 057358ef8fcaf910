package org.association.dues.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.association.common.VersionedEntity;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.MemberKind;

/**
 * A line of the fee schedule: what a member of a kind (and, for institutions, optionally of a type) pays for a period
 * of so many months, from a date on. The rate in force on a period's first day prices that period's invoice; an invoice
 * keeps its amount, so a rate changed later changes no invoice issued.
 */
@Entity
@Table(name = "DUES_FEE_RATE")
public class FeeRate extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int MONTHS_MAX = 60;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "MEMBER_KIND", nullable = false, length = 12)
    private MemberKind memberKind = MemberKind.INDIVIDUAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "INSTITUTION_TYPE", length = 30)
    private InstitutionType institutionType;

    @NotNull
    @DecimalMin("0.01")
    @Digits(integer = 10, fraction = 2)
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Min(1)
    @Max(MONTHS_MAX)
    @Column(name = "PERIOD_MONTHS", nullable = false)
    private int periodMonths = 12;

    @NotNull
    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;

    public FeeRate() {
    }

    public FeeRate(MemberKind memberKind, InstitutionType institutionType, BigDecimal amount, int periodMonths,
            LocalDate validFrom) {
        this.memberKind = memberKind;
        this.institutionType = institutionType;
        this.amount = amount;
        this.periodMonths = periodMonths;
        this.validFrom = validFrom;
    }

    /** Only institutions have a type. */
    @AssertTrue(message = "{association.feeRate.typeOfInstitution}")
    public boolean isTypeOfInstitution() {
        return institutionType == null || memberKind == MemberKind.INSTITUTION;
    }

    /** Whether the rate is for members of that kind and type: its own type, or any when it names none. */
    public boolean appliesTo(MemberKind kind, InstitutionType type) {
        return memberKind == kind && (institutionType == null || institutionType == type);
    }

    public MemberKind getMemberKind() {
        return memberKind;
    }

    public void setMemberKind(MemberKind memberKind) {
        this.memberKind = memberKind;
    }

    public InstitutionType getInstitutionType() {
        return institutionType;
    }

    public void setInstitutionType(InstitutionType institutionType) {
        this.institutionType = institutionType;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public int getPeriodMonths() {
        return periodMonths;
    }

    public void setPeriodMonths(int periodMonths) {
        this.periodMonths = periodMonths;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }
}
