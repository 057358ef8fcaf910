package org.association.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.association.account.boundary.AccountService;
import org.association.account.control.PasswordPolicy;
import org.association.common.BusinessException;
import org.association.web.admin.Feedback;

/** Changing one's own password: required at the first login with a generated one. */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Feedback feedback;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String currentPassword;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String newPassword;

    @NotBlank
    private String repeated;

    public void change() throws IOException {
        if (!newPassword.equals(repeated)) {
            feedback.fieldError("password:repeated", "password.mismatch");
            return;
        }
        try {
            int credentialStamp = accounts.changeOwnPassword(currentPassword, newPassword);
            SiteAuthentication.credentialStampChanged(
                    (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), credentialStamp);
        } catch (BusinessException e) {
            feedback.fieldError(e.getMessageKey().equals("error.password.wrong") ? "password:current" : "password:new", e);
            return;
        }
        activeUser.passwordChanged();
        feedback.info("password.changed");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FacesContext.getCurrentInstance().getExternalContext().redirect(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/admin/");
    }

    public int getMinimumLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
