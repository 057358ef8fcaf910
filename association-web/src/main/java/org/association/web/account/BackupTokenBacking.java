package org.association.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.association.backup.boundary.BackupTokenService;
import org.association.backup.entity.BackupToken;
import org.association.common.BusinessException;
import org.association.web.admin.Feedback;

/** Administrators make the tokens config/backup.sh signs in with (each shown once) and revoke them. */
@Named
@ViewScoped
public class BackupTokenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BackupTokenService tokens;

    @Inject
    private Feedback feedback;

    private List<BackupToken> list;

    @NotBlank
    @Size(max = BackupToken.LABEL_MAX)
    private String label;

    /** A token just made, shown once in the page and then forgotten. */
    private String shownToken;

    public List<BackupToken> getTokens() {
        if (list == null) {
            list = tokens.all();
        }
        return list;
    }

    public void create() {
        try {
            shownToken = tokens.create(label, null);
            feedback.info("backupToken.created", label);
            label = null;
            list = null;
        } catch (BusinessException e) {
            feedback.refused("tokens", e);
        }
    }

    public void revoke(BackupToken token) {
        try {
            tokens.revoke(token.getId(), token.getVersion(), null);
            feedback.info("backupToken.revoked", token.getLabel());
            shownToken = null;
            list = null;
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getShownToken() {
        return shownToken;
    }
}
