package org.association.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.association.account.boundary.AccountService;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.common.BusinessException;
import org.association.web.admin.Feedback;

/**
 * Administrators manage staff accounts: create with roles, change roles and names, disable, and reset
 * a password (a random one, shown once, to be changed at the next login).
 */
@Named
@ViewScoped
public class AccountAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private Feedback feedback;

    private List<Account> list;
    private Account editing;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String newUsername;
    private String displayName;
    /** A password just generated, shown once in the page and then forgotten. */
    private String shownPassword;

    public List<Account> getAccounts() {
        if (list == null) {
            list = accounts.all();
        }
        return list;
    }

    public void add() {
        editing = null;
        newUsername = null;
        roles = EnumSet.of(Role.EDITOR);
        shownPassword = null;
    }

    public void edit(Account account) {
        editing = accounts.find(account.getId());
        roles = EnumSet.copyOf(editing.getRoles());
        shownPassword = null;
    }

    public void save() {
        if (roles.isEmpty()) {
            feedback.fieldError("account:roles", "account.rolesRequired");
            return;
        }
        try {
            if (editing == null) {
                Account account = new Account(newUsername == null ? null : newUsername.strip(), displayName, roles);
                account.setMustChangePassword(true);
                String password = AccountService.randomPassword();
                accounts.create(account, password, null);
                shownPassword = password;
                feedback.info("account.created", account.getUsername());
            } else {
                editing.setRoles(roles);
                accounts.update(editing, null);
                feedback.info("account.saved", editing.getUsername());
            }
            list = null;
        } catch (BusinessException e) {
            feedback.refused("account", e);
        }
    }

    public void resetPassword(Account account) {
        try {
            shownPassword = accounts.resetPassword(account.getId(), account.getVersion(), null);
            feedback.info("account.passwordReset", account.getUsername());
            list = null;
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public String getDisplayName() {
        return editing == null ? displayName : editing.getDisplayName();
    }

    public void setDisplayName(String displayName) {
        if (editing == null) {
            this.displayName = displayName;
        } else {
            editing.setDisplayName(displayName);
        }
    }

    public Account getEditing() {
        return editing;
    }

    /** A mutable list: the check boxes build the submitted value in a new instance of this very class. */
    public List<Role> getRoles() {
        return new ArrayList<>(roles);
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getShownPassword() {
        return shownPassword;
    }
}
