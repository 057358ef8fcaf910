package org.association.membership.control;

import java.util.List;

/**
 * Why a row cannot be imported: a message key of {@code ImportMessages} with its arguments, for the web
 * layer to show in the user's language, and the {@link org.association.membership.entity.Member}
 * property it concerns ({@link MemberColumn#ofProperty} finds its column), or null for the whole row.
 */
public record RowError(String field, String messageKey, List<Object> arguments) {

    public RowError {
        arguments = List.copyOf(arguments);
    }

    static RowError of(MemberColumn column, String messageKey, Object... arguments) {
        return new RowError(column == null ? null : column.property(), messageKey, List.of(arguments));
    }
}
