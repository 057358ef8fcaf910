package org.association.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.association.common.PlainText;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;
import org.association.content.entity.Article;
import org.association.content.entity.Channel;
import org.association.content.entity.Language;
import org.association.organization.entity.Department;

/**
 * A meeting of the association or of one of its departments (a special committee's academic conference): its texts in
 * both languages, where and when (local times of the association's zone), when registration opens and closes, and the
 * continuing-medical-education credit it carries.
 */
@Entity
@Table(name = "EVENT")
public class Event extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final int SLUG_MAX = 100;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int VENUE_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int URL_MAX = 500;
    public static final int CANCELLATION_REASON_MAX = 1000;
    /** Addresses under /events that are pages of their own, never an event's. */
    public static final String RESERVED_SLUGS = "(?!(past|manage)$)";

    @UniqueKey("EVENT_SLUG_UQ")
    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = RESERVED_SLUGS + Channel.SLUG_PATTERN, message = "{association.event.reservedSlug}")
    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(name = "TITLE_ZH", nullable = false, length = TITLE_MAX)
    private String titleZh;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(name = "TITLE_EN", nullable = false, length = TITLE_MAX)
    private String titleEn;

    @PlainText.MultiLine
    @Size(max = DESCRIPTION_MAX)
    @Column(name = "DESCRIPTION_ZH", length = DESCRIPTION_MAX)
    private String descriptionZh;

    @PlainText.MultiLine
    @Size(max = DESCRIPTION_MAX)
    @Column(name = "DESCRIPTION_EN", length = DESCRIPTION_MAX)
    private String descriptionEn;

    /** The department or special committee that holds the event; none: the association itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DEPARTMENT_ID")
    private Department organiser;

    @Size(max = VENUE_MAX)
    @Column(name = "VENUE_ZH", length = VENUE_MAX)
    private String venueZh;

    @Size(max = VENUE_MAX)
    @Column(name = "VENUE_EN", length = VENUE_MAX)
    private String venueEn;

    @Size(max = ADDRESS_MAX)
    @Column(length = ADDRESS_MAX)
    private String address;

    /** Where an online event is held; with a venue as well, the event is held in both. */
    @Size(max = URL_MAX)
    @Pattern(regexp = "https?://\\S+", message = "{association.website}")
    @Column(name = "ONLINE_URL", length = URL_MAX)
    private String onlineUrl;

    @NotNull
    @Column(name = "STARTS_AT", nullable = false)
    private LocalDateTime startsAt;

    @NotNull
    @Column(name = "ENDS_AT", nullable = false)
    private LocalDateTime endsAt;

    /** From when registrations are taken; none: from publication. */
    @Column(name = "REGISTRATION_OPENS")
    private LocalDateTime registrationOpens;

    /** Until when registrations are taken; none: until the event starts. */
    @Column(name = "REGISTRATION_CLOSES")
    private LocalDateTime registrationCloses;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventStatus status = EventStatus.DRAFT;

    /** What the association told everyone registered when it cancelled the event. */
    @PlainText.MultiLine
    @Size(max = CANCELLATION_REASON_MAX)
    @Column(name = "CANCELLATION_REASON", length = CANCELLATION_REASON_MAX)
    private String cancellationReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "CME_CATEGORY", length = 20)
    private CmeCategory cmeCategory;

    @DecimalMin("0.0")
    @DecimalMax("999.9")
    @Column(name = "CME_POINTS", precision = 5, scale = 1)
    private BigDecimal cmePoints;

    /** The article that announced the event; shown on the event's page while it is published. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ANNOUNCEMENT_ID")
    private Article announcement;

    /** The article that reported on it afterwards. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "REPORT_ID")
    private Article report;

    protected Event() {
    }

    public Event(String slug, String titleZh, String titleEn, LocalDateTime startsAt, LocalDateTime endsAt) {
        this.slug = slug;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /** A new event for staff to fill in. */
    public static Event blank() {
        return new Event();
    }

    /**
     * A new draft with this event's texts, organiser, place, times and credits under another address, for staff to
     * edit into the next edition.
     */
    public Event copyAs(String newSlug) {
        Event copy = new Event(newSlug, titleZh, titleEn, startsAt, endsAt);
        copy.descriptionZh = descriptionZh;
        copy.descriptionEn = descriptionEn;
        copy.organiser = organiser;
        copy.venueZh = venueZh;
        copy.venueEn = venueEn;
        copy.address = address;
        copy.onlineUrl = onlineUrl;
        copy.registrationOpens = registrationOpens;
        copy.registrationCloses = registrationCloses;
        copy.cmeCategory = cmeCategory;
        copy.cmePoints = cmePoints;
        return copy;
    }

    /** The association cancels the event, for the reason it tells everyone registered. */
    public void cancel(String reason) {
        status = EventStatus.CANCELLED;
        cancellationReason = reason;
    }

    @AssertTrue(message = "{association.event.endsBeforeStart}")
    public boolean isEndAfterStart() {
        return startsAt == null || endsAt == null || !endsAt.isBefore(startsAt);
    }

    @AssertTrue(message = "{association.event.closesBeforeOpening}")
    public boolean isRegistrationWindowInOrder() {
        return registrationOpens == null || registrationCloses == null || !registrationCloses.isBefore(registrationOpens);
    }

    /** Whether the event takes registrations at {@code now}: published, and within its registration window. */
    public boolean isOpenAt(LocalDateTime now) {
        return status == EventStatus.PUBLISHED && (registrationOpens == null || !now.isBefore(registrationOpens))
                && now.isBefore(registrationCloses == null ? startsAt : registrationCloses);
    }

    /** Whether readers see it: anything but a draft. */
    public boolean isPublic() {
        return status != EventStatus.DRAFT;
    }

    public boolean isOnline() {
        return onlineUrl != null;
    }

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleZh;
    }

    public String description(Language language) {
        return language == Language.EN ? descriptionEn : descriptionZh;
    }

    /** The venue in the language, the other language's when it has none. */
    public String venue(Language language) {
        String venue = language == Language.EN ? venueEn : venueZh;
        return venue == null ? (language == Language.EN ? venueZh : venueEn) : venue;
    }

    public String organiserName(Language language, String association) {
        return organiser == null ? association : language == Language.EN ? organiser.getNameEn() : organiser.getNameZh();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionZh() {
        return descriptionZh;
    }

    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public Department getOrganiser() {
        return organiser;
    }

    public void setOrganiser(Department organiser) {
        this.organiser = organiser;
    }

    public String getVenueZh() {
        return venueZh;
    }

    public void setVenueZh(String venueZh) {
        this.venueZh = venueZh;
    }

    public String getVenueEn() {
        return venueEn;
    }

    public void setVenueEn(String venueEn) {
        this.venueEn = venueEn;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public LocalDateTime getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(LocalDateTime registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public LocalDateTime getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDateTime registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public Article getAnnouncement() {
        return announcement;
    }

    public void setAnnouncement(Article announcement) {
        this.announcement = announcement;
    }

    public Article getReport() {
        return report;
    }

    public void setReport(Article report) {
        this.report = report;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public CmeCategory getCmeCategory() {
        return cmeCategory;
    }

    public void setCmeCategory(CmeCategory cmeCategory) {
        this.cmeCategory = cmeCategory;
    }

    public BigDecimal getCmePoints() {
        return cmePoints;
    }

    public void setCmePoints(BigDecimal cmePoints) {
        this.cmePoints = cmePoints;
    }
}
