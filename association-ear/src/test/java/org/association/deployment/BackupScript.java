package org.association.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.association.testing.PayaraDomain;
import org.association.testing.StaffLogin;

/** config/backup.sh and config/restore.sh, run as an operator runs them. */
final class BackupScript {

    private static final String WRITTEN_TO = "Backup written to ";

    private BackupScript() {
    }

    /** Backs the running domain up as the first admin (password in a file only its owner reads); answers the backup's folder. */
    static Path run(PayaraDomain domain) throws IOException {
        Path passwordFile = Files.createTempFile("association-backup", ".password", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(passwordFile, StaffLogin.adminPassword() + "\n");
            String printed = PayaraDomain.run(List.of("bash", PayaraDomain.configDir().resolve("backup.sh").toString(), "--url", domain.baseUrl(),
                    "--user", "admin", "--password-file", passwordFile.toString()), Map.of());
            String line = printed.lines().filter(candidate -> candidate.startsWith(WRITTEN_TO)).findFirst()
                    .orElseThrow(() -> new AssertionError("backup.sh said: " + printed));
            return Path.of(line.substring(WRITTEN_TO.length()).strip());
        } finally {
            Files.delete(passwordFile);
        }
    }

    /** Restores a backup with the domain's settings (ASSOCIATION_DB...); the domain's search index goes too when a folder is given. */
    static void restore(Path backup, Map<String, String> settings, Path domainDir) {
        List<String> command = new ArrayList<>(List.of("bash", PayaraDomain.configDir().resolve("restore.sh").toString(), backup.toString()));
        if (domainDir != null) {
            command.addAll(List.of("--domain-dir", domainDir.toString()));
        }
        PayaraDomain.run(command, settings);
    }
}
