package org.association.web.dues;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.association.common.BusinessException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.dues.boundary.DuesService;
import org.association.dues.entity.FeeRate;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.MemberKind;
import org.association.web.admin.Feedback;

/**
 * /admin/dues/rates.xhtml: the fee schedule. Staff add a rate (a later one takes over from its first day) or correct
 * one; the form keeps the copy it loaded, so a rate someone else saved meanwhile is told as a conflict, not overwritten.
 */
@Named
@ViewScoped
public class FeeScheduleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DuesService dues;

    @Inject
    private Feedback feedback;

    private List<FeeRate> rates;
    private FeeRate rate;
    private String reason;
    private boolean conflict;

    @PostConstruct
    void load() {
        rates = dues.rates();
        rate = new FeeRate();
    }

    /** Puts a rate of the schedule into the form. */
    public void edit(FeeRate chosen) {
        rate = dues.rate(chosen.getId());
        conflict = false;
    }

    public void newRate() {
        rate = new FeeRate();
        conflict = false;
    }

    public void save() {
        try {
            dues.saveRate(rate, reason);
            feedback.info("dues.rateSaved");
            rates = dues.rates();
            rate = new FeeRate();
            reason = null;
            conflict = false;
        } catch (EntityAlreadyModifiedException e) {
            conflict = true;
            feedback.refused("rate", e);
        } catch (BusinessException e) {
            feedback.refused("rate", e);
        }
    }

    /** Reads the rate again after a conflict, to see what the other person saved. */
    public void reload() {
        rates = dues.rates();
        edit(rate);
    }

    public MemberKind[] getKinds() {
        return MemberKind.values();
    }

    public InstitutionType[] getInstitutionTypes() {
        return InstitutionType.values();
    }

    public List<FeeRate> getRates() {
        return rates;
    }

    public FeeRate getRate() {
        return rate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isConflict() {
        return conflict;
    }
}
