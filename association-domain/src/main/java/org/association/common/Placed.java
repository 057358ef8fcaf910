package org.association.common;

/** A record that shows on public pages in places it can name, so that a change to it drops only those. */
public interface Placed {

    /** Where the record shows as it is now; {@link ContentChanged.Placement#NOWHERE} when on no public page. */
    ContentChanged.Placement placement();
}
