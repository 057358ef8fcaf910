package org.association.events.boundary;

import java.io.Serializable;

/** An event's confirmed registrations and how many of them are checked in. */
public record CheckInCount(long checkedIn, long registered) implements Serializable {
}
