package org.association.dues.control;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.association.dues.entity.FeeRate;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.MemberKind;

/**
 * Which rate of the schedule prices a member's period: of the rates for the member's kind in force on the period's
 * first day (valid from then or before), the latest; a rate for the institution's own type wins over the kind's general
 * one, since the association set it apart on purpose.
 */
public final class FeeSchedule {

    private final List<FeeRate> rates;

    public FeeSchedule(List<FeeRate> rates) {
        this.rates = List.copyOf(rates);
    }

    public Optional<FeeRate> rateFor(MemberKind kind, InstitutionType type, LocalDate periodStart) {
        Comparator<FeeRate> specificFirstThenLatest = Comparator.<FeeRate, Boolean>comparing(
                rate -> rate.getInstitutionType() != null).thenComparing(FeeRate::getValidFrom);
        return rates.stream()
                .filter(rate -> rate.appliesTo(kind, type) && !rate.getValidFrom().isAfter(periodStart))
                .max(specificFirstThenLatest);
    }

    /** The period a rate prices, from its first day: so many months, to the day before the next period starts. */
    public static LocalDate periodEnd(LocalDate periodStart, int months) {
        return periodStart.plusMonths(months).minusDays(1);
    }
}
