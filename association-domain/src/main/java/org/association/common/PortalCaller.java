package org.association.common;

import java.io.Serializable;
import java.util.Optional;

/**
 * Who signed in to the member portal: the member, and for an institution the contact acting for it. The caller's
 * name says both ({@code member:12} or {@code member:12:40}); it cannot be a staff account's, whose names have no colon.
 * The audit log records a member's own changes under it.
 */
public record PortalCaller(long memberId, Long contactId) implements Serializable {

    /** The security role of everyone signed in to the portal; no staff account has it. */
    public static final String ROLE = "MEMBER";

    private static final String PREFIX = "member:";

    public String name() {
        return PREFIX + memberId + (contactId == null ? "" : ":" + contactId);
    }

    /** The caller a name stands for; empty for any other name (a member of staff's, SYSTEM). */
    public static Optional<PortalCaller> of(String name) {
        if (name == null || !name.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = name.substring(PREFIX.length()).split(":", -1);
        try {
            return switch (parts.length) {
                case 1 -> Optional.of(new PortalCaller(Long.parseLong(parts[0]), null));
                case 2 -> Optional.of(new PortalCaller(Long.parseLong(parts[0]), Long.valueOf(parts[1])));
                default -> Optional.empty();
            };
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }
}
