package org.association.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.common.InvalidEntityException;
import org.association.common.NoSuchEntityException;
import org.association.web.account.SecurityLog;
import org.association.web.site.Messages;

/**
 * Messages to the user of a back-office page, in their language: beside a field when there is one,
 * at the top otherwise. Services' refusals (BusinessException) come here to be told.
 */
@RequestScoped
public class Feedback {

    @Inject
    private SecurityLog securityLog;

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public void fieldError(String clientId, BusinessException refusal) {
        add(clientId, FacesMessage.SEVERITY_ERROR, refusal.getMessageKey(), refusal.getArguments());
    }

    /**
     * Tells a refusal: a duplicate or a broken rule beside its field ({@code formId:field}) when the form
     * has that field, a conflict at the top with the offer to reload, anything else at the top.
     */
    public void refused(String formId, BusinessException refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (refusal instanceof DuplicateEntityException duplicate && formId != null) {
            add(formId + ":" + duplicate.getField(), FacesMessage.SEVERITY_ERROR, refusal.getMessageKey(),
                    refusal.getArguments());
            return;
        }
        if (refusal instanceof InvalidEntityException invalid) {
            invalid.getViolations().forEach(violation -> violated(context, formId, invalid.getEntityType(), violation));
            return;
        }
        if (refusal instanceof EntityAlreadyModifiedException) {
            securityLog.editConflict(context.getExternalContext().getRemoteUser(), String.valueOf(refusal.getArguments()[0])
                    + " #" + refusal.getArguments()[1]);
        }
        Object[] arguments = refusal.getArguments();
        if (refusal instanceof EntityAlreadyModifiedException || refusal instanceof NoSuchEntityException) {
            // the first argument names the kind of record: "Member" reads 会员 in Chinese
            arguments[0] = Messages.text(locale(), "entity." + arguments[0]);
        }
        add(null, FacesMessage.SEVERITY_ERROR, refusal.getMessageKey(), arguments);
    }

    /** A broken rule beside its field, or at the top with the field's label when the form has no such field. */
    private static void violated(FacesContext context, String formId, String entityType,
            InvalidEntityException.Violation violation) {
        Locale locale = locale();
        String message = Messages.violation(locale, violation);
        String clientId = formId == null || violation.field().isEmpty() ? null : formId + ":" + violation.field();
        if (clientId != null && context.getViewRoot().findComponent(clientId) != null) {
            context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        } else {
            String labelKey = entityType.toLowerCase(Locale.ROOT) + "." + violation.field();
            String label = Messages.text(locale, labelKey);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label.equals(labelKey) ? message : Messages.text(locale, "form.invalid", label, message), null));
        }
        context.validationFailed();
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null ? Locale.SIMPLIFIED_CHINESE : context.getViewRoot().getLocale();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, Messages.text(locale(), key, arguments), null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            context.validationFailed();
        }
    }
}
