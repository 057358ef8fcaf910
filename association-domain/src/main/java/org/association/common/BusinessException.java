package org.association.common;

import jakarta.ejb.ApplicationException;

/**
 * A refusal that the user can act on. Carries a message key (resolved in the user's language by the
 * web layer) and its arguments; rolls the transaction back so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }
}
