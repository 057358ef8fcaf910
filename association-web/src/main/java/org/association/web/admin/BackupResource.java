package org.association.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import org.association.backup.boundary.Backup;
import org.association.backup.boundary.BackupService;
import org.association.common.BusinessException;
import org.association.web.account.SecurityLog;
import org.association.web.site.ClientAddress;
import org.association.web.site.Messages;

/**
 * POST /api/backups: what config/backup.sh calls to back the database up from the command line.
 *
 * <p>Why over HTTP: the embedded database lives inside the server's JVM, so only code in that JVM can back it up
 * online. The script signs its request with a backup token of its own ({@code Authorization: Bearer ...}), which an
 * ADMIN makes on the accounts page and can revoke there, never with a person's password: a cron job then neither
 * keeps an administrator's password in a file nor is locked out when someone guesses at that account, and a
 * token costs one hash to check where a password costs a PBKDF2 run. Browsers never add that header on their own,
 * so a forged cross-site request cannot start a backup; no session is made. Run it on the server machine
 * (localhost) or over HTTPS, as anything that carries a credential.
 */
@Path("backups")
public class BackupResource {

    private static final String BEARER = "Bearer ";

    @Inject
    private BackupService backups;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private ClientAddress clientAddress;

    @Context
    private HttpServletRequest request;

    @POST
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public Response backUp(@HeaderParam("Authorization") String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
                    .entity("a backup token is needed (Authorization: Bearer ...; an ADMIN makes one under Accounts)\n")
                    .build();
        }
        try {
            Optional<Backup> backup = backups.backupWithToken(authorization.substring(BEARER.length()).strip());
            if (backup.isEmpty()) {
                securityLog.accessRefused("(backup token)", "/api/backups", clientAddress.of(request));
                return Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", "Bearer")
                        .entity("refused: unknown or revoked backup token\n").build();
            }
            return Response.ok(backup.get().folder() + "\n").build();
        } catch (BusinessException refusal) {
            return Response.serverError()
                    .entity(Messages.text(Locale.ENGLISH, refusal.getMessageKey(), refusal.getArguments()) + "\n").build();
        }
    }
}
