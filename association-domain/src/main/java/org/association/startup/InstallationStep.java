package org.association.startup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A one-time step that was done to this database (demo data, first admin account). The name is the
 * primary key, so two servers starting at once cannot both do the same step: the second insert fails
 * and its transaction rolls back.
 */
@Entity
@Table(name = "INSTALLATION_STEP")
public class InstallationStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 50)
    private String name;

    @Column(name = "DONE_AT", nullable = false)
    private LocalDateTime doneAt;

    protected InstallationStep() {
    }

    public InstallationStep(String name, LocalDateTime doneAt) {
        this.name = name;
        this.doneAt = doneAt;
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getDoneAt() {
        return doneAt;
    }
}
