package org.association.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.testing.FormClient;
import org.association.testing.PayaraDomain;
import org.association.testing.StaffLogin;

/** config/backup.sh and config/restore.sh, run as an operator runs them. */
final class BackupScript {

    private static final String WRITTEN_TO = "Backup written to ";
    private static final String TOKENS_PAGE = "/admin/accounts/tokens.xhtml";
    static final Pattern TOKEN = Pattern.compile("abk_[A-Za-z0-9_-]{43}");

    private BackupScript() {
    }

    /**
     * Backs the running domain up with a backup token that the first admin makes on the tokens page (kept in a file
     * only its owner reads); answers the backup's folder.
     */
    static Path run(PayaraDomain domain) throws IOException {
        Path tokenFile = Files.createTempFile("association-backup", ".token",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(tokenFile, madeToken(domain.baseUrl()) + "\n");
            String printed = PayaraDomain.run(List.of("bash", PayaraDomain.configDir().resolve("backup.sh").toString(), "--url",
                    domain.baseUrl(),
                    "--token-file", tokenFile.toString()), Map.of());
            String line = printed.lines().filter(candidate -> candidate.startsWith(WRITTEN_TO)).findFirst()
                    .orElseThrow(() -> new AssertionError("backup.sh said: " + printed));
            return Path.of(line.substring(WRITTEN_TO.length()).strip());
        } finally {
            Files.delete(tokenFile);
        }
    }

    /** A backup token made as an administrator makes one: signed in as admin, on Accounts > Backup tokens. */
    static String madeToken(String baseUrl) {
        FormClient admin = FormClient.of(baseUrl, null);
        if (!admin.signIn("admin", StaffLogin.adminPassword())) {
            throw new AssertionError("the admin could not sign in at " + baseUrl);
        }
        admin.open(TOKENS_PAGE);
        String answer = admin.ajax(TOKENS_PAGE, "tokens", "tokens:create", FormClient.fields("tokens:label", "backup script"))
                .body();
        Matcher token = TOKEN.matcher(answer);
        if (!token.find()) {
            throw new AssertionError("no token shown: " + answer);
        }
        return token.group();
    }

    /** Restores a backup with the domain's settings (ASSOCIATION_DB...); the domain's search index goes too when a folder is
     * given. */
    static void restore(Path backup, Map<String, String> settings, Path domainDir) {
        List<String> command = new ArrayList<>(List.of("bash", PayaraDomain.configDir().resolve("restore.sh").toString(),
                backup.toString()));
        if (domainDir != null) {
            command.addAll(List.of("--domain-dir", domainDir.toString()));
        }
        PayaraDomain.run(command, settings);
    }
}
