package org.association.backup.boundary;

import java.nio.file.Path;
import java.time.Duration;

/** A finished backup: its folder (on the database server's machine for a network database), its size if seen here, how long it
 * took. */
public record Backup(Path folder, long bytes, Duration took) {
}
