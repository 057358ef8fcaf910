package org.association.backup.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.association.account.entity.Role;
import org.association.audit.boundary.AuditService;
import org.association.audit.control.ChangeSet;
import org.association.backup.control.PgDump;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.Database;
import org.association.startup.SchemaMigration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Online backups of the whole database into a new folder named by the time it was taken, while the
 * site keeps serving: Derby copies itself consistently (SYSCS_BACKUP_DATABASE), PostgreSQL is dumped by
 * pg_dump in one snapshot. Photos and files are rows too, so a backup holds everything but the search
 * index, which is rebuilt from the database. README: "Back up and restore" says how to restore.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** The file a PostgreSQL backup is written to, inside its folder. */
    public static final String DUMP_FILE = "association.dump";
    private static final long DUMP_TIMEOUT_MINUTES = 120;

    @Resource(lookup = "jdbc/association")
    private DataSource dataSource;

    @Inject
    private SchemaMigration schema;

    @Inject
    private AuditService audit;

    @Inject
    private AssociationClock clock;

    @Inject
    private BackupTokenService tokens;

    /** Where backups go (config: ASSOCIATION_BACKUP_DIR); by default the server instance's own folder. */
    @Inject
    @ConfigProperty(name = "association.backup-dir")
    private Optional<String> configuredFolder;

    /** PostgreSQL's password, from the domain's password alias that the connection pool uses too (config/). */
    @Inject
    @ConfigProperty(name = "association-db-password")
    private Optional<String> databasePassword;

    public Backup backup() {
        return backUp(null);
    }

    /**
     * A backup that config/backup.sh asked for with a backup token; empty, and nothing done, when the token is
     * unknown or revoked. The audit entry names the token.
     */
    @PermitAll
    public Optional<Backup> backupWithToken(String token) {
        return tokens.use(token).map(label -> backUp("backup token: " + label));
    }

    private Backup backUp(String reason) {
        long started = System.nanoTime();
        Path folder = newFolder();
        try (Connection connection = dataSource.getConnection()) {
            if (schema.database() == Database.DERBY) {
                try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    call.setString(1, folder.toString());
                    call.execute();
                }
            } else {
                DatabaseMetaData metadata = connection.getMetaData();
                dump(PgDump.command(metadata.getURL(), metadata.getUserName(), folder.resolve(DUMP_FILE)));
            }
        } catch (SQLException e) {
            throw failed(folder, e.getMessage(), e);
        }
        Backup backup = new Backup(folder, size(folder), Duration.ofNanos(System.nanoTime() - started));
        audit.record("Backup", null, "backup", ChangeSet.added(Map.of("folder", folder.toString())), reason);
        LOG.info(() -> "event=backup folder=" + folder + " bytes=" + backup.bytes() + " ms=" + backup.took().toMillis());
        return backup;
    }

    private Path newFolder() {
        Path base = Path.of(configuredFolder.orElseGet(() -> System.getProperty("com.sun.aas.instanceRoot",
                System.getProperty("java.io.tmpdir"))
                + "/association-backups")).toAbsolutePath();
        String name = "association-" + clock.now().format(FOLDER_TIME);
        try {
            Files.createDirectories(base, ownerOnly());
            // two backups within one second get the second one a suffix rather than mixing their files
            for (int attempt = 1;; attempt++) {
                Path folder = base.resolve(attempt == 1 ? name : name + "-" + attempt);
                try {
                    return Files.createDirectory(folder, ownerOnly());
                } catch (FileAlreadyExistsException taken) {
                    // try the next suffix
                }
            }
        } catch (IOException e) {
            throw failed(base, "cannot create a folder in " + base + ": " + e.getMessage(), e);
        }
    }

    /**
     * rwx------: a backup holds every member's contact data and every account's password hash, so only the
     * server's own user may read it, whatever the server's umask. (Windows has no such permissions.)
     */
    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))};
    }

    private void dump(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        databasePassword.ifPresent(password -> builder.environment().put("PGPASSWORD", password));
        Path file = Path.of(command.stream().filter(argument -> argument.startsWith("--file=")).findFirst().orElseThrow()
                .substring(7));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(DUMP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw failed(file, "pg_dump did not finish within " + DUMP_TIMEOUT_MINUTES + " minutes", null);
            }
            if (process.exitValue() != 0) {
                throw failed(file, "pg_dump: " + output, null);
            }
        } catch (IOException e) {
            throw failed(file, "pg_dump could not be run (is the PostgreSQL client installed on the application server?): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(file, "interrupted", e);
        }
    }

    /** Bytes under the folder; 0 when the database server wrote it on another machine. */
    private static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static BusinessException failed(Path where, String reason, Exception cause) {
        LOG.log(Level.SEVERE, "event=backup-failed folder=" + where + " reason=" + reason, cause);
        return new BusinessException("error.backup.failed", reason);
    }
}
