package org.association.common;

import jakarta.ejb.ApplicationException;

/** Another row already holds a value that must be unique (a member number, a slug, a user name). */
@ApplicationException(rollback = true)
public class DuplicateEntityException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public DuplicateEntityException(String field, Object value) {
        super("error.duplicate." + field, value);
        this.field = field;
    }

    /** The entity property that clashed, so the web layer can put the message beside its input. */
    public String getField() {
        return field;
    }
}
