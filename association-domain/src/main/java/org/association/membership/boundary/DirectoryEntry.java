package org.association.membership.boundary;

import java.io.Serializable;
import org.association.membership.entity.InstitutionType;

/** What the public directory shows of a member institution: nothing private. */
public record DirectoryEntry(long id, String name, String nameEn, InstitutionType institutionType, String address,
        String website) implements Serializable {
}
