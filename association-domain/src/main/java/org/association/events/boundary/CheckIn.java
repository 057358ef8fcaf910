package org.association.events.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What a check-in did: {@code now} when this request checked the person in, false when someone had already (at
 * {@code at} by {@code by}).
 */
public record CheckIn(long registrationId, String name, boolean now, LocalDateTime at, String by) implements Serializable {
}
