package org.association.common;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NoSuchEntityException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NoSuchEntityException(String entityType, Object id) {
        super("error.notFound", entityType, id);
    }
}
