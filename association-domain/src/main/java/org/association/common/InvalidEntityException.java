package org.association.common;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A record that breaks its own rules (its Bean Validation constraints), refused before anything is
 * written. An application exception, so the container neither logs it nor wraps it: the caller gets
 * every violation to show beside its field.
 */
@ApplicationException(rollback = true)
public class InvalidEntityException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * One broken rule.
     *
     * @param field the property it concerns ("" for the record as a whole)
     * @param messageTemplate the constraint's message template, e.g. "{association.phone}"
     * @param message the message in the server's language
     */
    public record Violation(String field, String messageTemplate, String message) implements Serializable {
    }

    private final List<Violation> violations;

    public InvalidEntityException(String entityType, Set<? extends ConstraintViolation<?>> violations) {
        super("error.invalid", entityType);
        this.violations = violations.stream()
                .map(violation -> new Violation(violation.getPropertyPath().toString(), violation.getMessageTemplate(),
                        violation.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    public List<Violation> getViolations() {
        return violations;
    }

    /** The kind of record, e.g. "Member". */
    public String getEntityType() {
        return String.valueOf(getArguments()[0]);
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + getEntityType() + " " + violations;
    }
}
