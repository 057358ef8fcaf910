package org.association.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Locale;
import org.association.common.PlainText;
import org.association.web.site.Messages;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.texteditor.TextEditor;

/**
 * Checks every value a form submits, whatever the form: no longer than its field allows, and plain
 * text ({@link PlainText}), told beside the field in the reader's language. PrimeFaces cuts a value
 * longer than the field's maxlength down to it without a word; a browser never sends one, a forged
 * request does and is refused. A default validator (faces-config.xml), so no form can forget it.
 */
@FacesValidator(SubmittedTextValidator.ID)
public class SubmittedTextValidator implements Validator<Object> {

    public static final String ID = "association.submittedText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        Locale locale = context.getViewRoot().getLocale();
        String submitted = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
        // a browser sends a line break as CR LF, and counts it as one character against maxlength
        if (submitted != null && component.getAttributes().get("maxlength") instanceof Integer max && max > 0
                && submitted.replace("\r\n", "\n").length() > max) {
            throw refusal(Messages.text(locale, "form.tooLong", max));
        }
        if (value instanceof String text && !PlainText.Validator.accepts(text, isMultiLine(component))) {
            throw refusal(Messages.constraint(locale, PlainText.MESSAGE_KEY));
        }
    }

    private static boolean isMultiLine(UIComponent component) {
        return component instanceof HtmlInputTextarea || component instanceof InputTextarea || component instanceof TextEditor;
    }

    private static ValidatorException refusal(String message) {
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
}
