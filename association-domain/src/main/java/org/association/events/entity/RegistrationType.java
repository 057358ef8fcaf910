package org.association.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.association.common.VersionedEntity;
import org.association.content.entity.Language;

/**
 * A way to register for an event (member, non-member, student): its price, and before an early-bird date perhaps a
 * lower one; its own capacity (none: no limit); whether only members in good standing may take it. The confirmed
 * places are counted in the database's TAKEN column, moved only by {@code EventRegistrations} under the row's lock.
 */
@Entity
@Table(name = "EVENT_REGISTRATION_TYPE")
public class RegistrationType extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 100;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "EVENT_ID", nullable = false, updatable = false)
    private Event event;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME_ZH", nullable = false, length = NAME_MAX)
    private String nameZh;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME_EN", nullable = false, length = NAME_MAX)
    private String nameEn;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 8, fraction = 2)
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price = BigDecimal.ZERO;

    @DecimalMin("0.00")
    @Digits(integer = 8, fraction = 2)
    @Column(name = "EARLY_PRICE", precision = 10, scale = 2)
    private BigDecimal earlyPrice;

    /** The last day the early-bird price applies. */
    @Column(name = "EARLY_UNTIL")
    private LocalDate earlyUntil;

    @Min(0)
    @Column
    private Integer capacity;

    // counted by the database under the row's lock (see EventRegistrations); never written from here
    @Column(nullable = false, updatable = false)
    private int taken;

    @Column(name = "MEMBERS_ONLY", nullable = false)
    private boolean membersOnly;

    @Column(nullable = false)
    private int position;

    protected RegistrationType() {
    }

    /** A new type of the event for staff to fill in. */
    public RegistrationType(Event event) {
        this.event = event;
    }

    public RegistrationType(Event event, String nameZh, String nameEn, BigDecimal price, Integer capacity) {
        this.event = event;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.price = price;
        this.capacity = capacity;
    }

    /** The same type for a copy of its event, with none of its places taken. */
    public RegistrationType copyFor(Event copy) {
        RegistrationType type = new RegistrationType(copy, nameZh, nameEn, price, capacity);
        type.earlyPrice = earlyPrice;
        type.earlyUntil = earlyUntil;
        type.membersOnly = membersOnly;
        type.position = position;
        return type;
    }

    @AssertTrue(message = "{association.registrationType.earlyBird}")
    public boolean isEarlyBirdComplete() {
        return (earlyPrice == null) == (earlyUntil == null);
    }

    /** The price of a registration made on {@code day}: the early-bird price up to and including its last day. */
    public BigDecimal priceOn(LocalDate day) {
        return earlyPrice != null && earlyUntil != null && !day.isAfter(earlyUntil) ? earlyPrice : price;
    }

    /** The places left, or null when there is no limit; never below zero (staff may lower a capacity). */
    public Integer remaining() {
        return capacity == null ? null : Math.max(0, capacity - taken);
    }

    public boolean isFull() {
        return capacity != null && taken >= capacity;
    }

    public String name(Language language) {
        return language == Language.EN ? nameEn : nameZh;
    }

    public Event getEvent() {
        return event;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public BigDecimal getEarlyPrice() {
        return earlyPrice;
    }

    public void setEarlyPrice(BigDecimal earlyPrice) {
        this.earlyPrice = earlyPrice;
    }

    public LocalDate getEarlyUntil() {
        return earlyUntil;
    }

    public void setEarlyUntil(LocalDate earlyUntil) {
        this.earlyUntil = earlyUntil;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    /**
     * The confirmed places. Not a bean property, so that the audit of a staff edit (whose copy may be older than the
     * last registration) does not record the count as changed by them.
     */
    public int taken() {
        return taken;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public void setMembersOnly(boolean membersOnly) {
        this.membersOnly = membersOnly;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
