package org.association.web.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.association.account.boundary.AccountService;
import org.association.account.entity.Account;
import org.association.account.entity.Role;

/**
 * The member of staff signed in to this session: a few strings, so the session stays small and
 * travels to another server of a cluster. Roles are asked of the container (for the page being
 * rendered), never kept here.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A session bean's reference, which the container restores after the session moved. */
    @Inject
    private AccountService accounts;

    private String username;
    private String displayName;
    private boolean mustChangePassword;

    /** Takes over the signed-in account's name and whether it must change its password first. */
    void signedIn(String username) {
        this.username = username;
        Account account = accounts.byUsername(username).orElseThrow();
        this.displayName = account.getDisplayName();
        this.mustChangePassword = account.isMustChangePassword();
    }

    void passwordChanged() {
        mustChangePassword = false;
    }

    public boolean isSignedIn() {
        return username != null && request().getUserPrincipal() != null;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isAdmin() {
        return request().isUserInRole(Role.ADMIN_NAME);
    }

    /** May write articles and channels. */
    public boolean isEditor() {
        return isAdmin() || request().isUserInRole(Role.EDITOR_NAME);
    }

    /** May manage members, departments and appointments. */
    public boolean isMembership() {
        return isAdmin() || request().isUserInRole(Role.MEMBERSHIP_NAME);
    }

    /** May manage events, their registrations, check-in and certificates. */
    public boolean isEvents() {
        return isMembership() || request().isUserInRole(Role.EVENTS_NAME);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
