package org.association.web.admin;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.association.account.entity.Role;
import org.association.backup.boundary.Backup;
import org.association.backup.boundary.BackupService;
import org.association.common.BusinessException;
import org.association.web.account.SecurityLog;
import org.association.web.account.StaffAuthentication;
import org.association.web.site.Messages;

/**
 * POST /api/backups: what config/backup.sh calls to back the database up from the command line.
 *
 * <p>Why over HTTP, signed in as an ADMIN account: the embedded database lives inside the server's JVM,
 * so only code in that JVM can back it up online. This way the script passes the very checks the
 * dashboard's button does — the account's password with its lockout, the ADMIN role checked by the
 * service, the audit entry under the account's name — and no other door is opened: no JMX operation, no
 * Derby network port onto the data, no token file to guard. The credentials come in an Authorization
 * header (Basic), which browsers never add on their own since this answer never asks for it, so a
 * forged cross-site request cannot start a backup; the session the login makes is ended at once. Run it
 * on the server machine (localhost) or over HTTPS, as anything that carries a password.
 */
@Path("backups")
public class BackupResource {

    private static final String BASIC = "Basic ";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private BackupService backups;

    @Inject
    private SecurityLog securityLog;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @POST
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public Response backUp(@HeaderParam("Authorization") String authorization) throws IOException, ServletException {
        try {
            UsernamePasswordCredential credential = basicCredential(authorization);
            if (credential == null) {
                return Response.status(Response.Status.UNAUTHORIZED).entity("an ADMIN account's name and password are needed (HTTP Basic)\n").build();
            }
            if (!StaffAuthentication.signIn(request, response, credential)) {
                return Response.status(Response.Status.UNAUTHORIZED).entity("refused: wrong name or password, or the account is locked\n").build();
            }
            if (!securityContext.isCallerInRole(Role.ADMIN_NAME)) {
                securityLog.accessRefused(credential.getCaller(), "/api/backups", request.getRemoteAddr());
                return Response.status(Response.Status.FORBIDDEN).entity("refused: only an ADMIN account may back up\n").build();
            }
            Backup backup = backups.backup();
            return Response.ok(backup.folder() + "\n").build();
        } catch (BusinessException refusal) {
            return Response.serverError().entity(Messages.text(Locale.ENGLISH, refusal.getMessageKey(), refusal.getArguments()) + "\n").build();
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
    }

    private static UsernamePasswordCredential basicCredential(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }
}
