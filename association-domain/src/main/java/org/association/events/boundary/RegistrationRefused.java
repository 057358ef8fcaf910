package org.association.events.boundary;

import org.association.common.BusinessException;

/** A registration the form must correct: the message belongs beside {@link #getField()} of the form. */
public class RegistrationRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public RegistrationRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
