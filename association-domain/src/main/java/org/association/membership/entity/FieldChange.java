package org.association.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.association.common.PlainText;

/** One field a change request asks to change: its value when the member asked, and the value asked for. */
@Embeddable
@PlainText
public class FieldChange implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest identity field (the employer). */
    public static final int VALUE_MAX = Member.EMPLOYER_MAX;

    @Enumerated(EnumType.STRING)
    @Column(name = "FIELD", nullable = false, length = 20)
    private IdentityField field;

    @Column(name = "OLD_VALUE", length = VALUE_MAX)
    private String before;

    @Column(name = "NEW_VALUE", length = VALUE_MAX)
    private String after;

    /** @param before the value when the member asked, or null for none; {@code after} likewise the value asked for */
    public FieldChange(IdentityField field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    protected FieldChange() {
    }

    public IdentityField getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    /** Whether the member's field still holds the value it had when the member asked. */
    public boolean isCurrent(Member member) {
        return Objects.equals(field.valueOf(member), before);
    }

    /** As the audit log shows it. */
    @Override
    public String toString() {
        return field + ": " + before + " → " + after;
    }
}
