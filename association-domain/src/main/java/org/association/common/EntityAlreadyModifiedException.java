package org.association.common;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record after it was loaded; the caller's copy is stale. */
@ApplicationException(rollback = true)
public class EntityAlreadyModifiedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EntityAlreadyModifiedException(String entityType, Object id) {
        super("error.modified", entityType, id);
    }
}
