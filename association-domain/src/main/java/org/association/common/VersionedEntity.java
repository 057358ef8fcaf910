package org.association.common;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A record that staff edit: one id sequence for all tables, optimistic locking, plain text in every
 * text field, and who changed it when. The version has no setter: only the persistence provider moves it, so a stale copy is
 * caught.
 */
@MappedSuperclass
@EntityListeners(StampListener.class)
@PlainText
public abstract class VersionedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Ids come from one database sequence in blocks of 50, so inserts can be batched. */
    @Id
    @SequenceGenerator(name = "entity_seq", sequenceName = "ENTITY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
    private Long id;

    @Version
    private int version;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "CREATED_BY", length = 50, updatable = false)
    private String createdBy;

    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    @Column(name = "UPDATED_BY", length = 50)
    private String updatedBy;

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void stampCreated(String by, LocalDateTime at) {
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void stampUpdated(String by, LocalDateTime at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        VersionedEntity that = (VersionedEntity) other;
        return id != null && id.equals(that.id);
    }

    /** Names the record by kind and id: select menus (OmniFaces' SelectItemsConverter) tell options apart by it. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }

    /** Constant per class, so an entity keeps its hash when persisting gives it an id. */
    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
