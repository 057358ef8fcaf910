package org.association.events.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import org.association.events.entity.CmeCategory;

/** A member's CME credits of one category in one year (the year the events started). */
public record CmeCredits(int year, CmeCategory category, BigDecimal points) implements Serializable {
}
