package org.association.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A job that runs once per interval across all servers: when it last started, where, and how often it has. */
@Entity
@Table(name = "SCHEDULED_JOB")
public class ScheduledJob {

    @Id
    @Column(length = 50)
    private String name;

    @Column(name = "LAST_STARTED", nullable = false)
    private LocalDateTime lastStarted;

    @Column(name = "STARTED_BY", length = 100)
    private String startedBy;

    @Column(nullable = false)
    private long runs;

    protected ScheduledJob() {
    }

    public String getName() {
        return name;
    }

    public LocalDateTime getLastStarted() {
        return lastStarted;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public long getRuns() {
        return runs;
    }
}
