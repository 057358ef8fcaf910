package org.association.events.entity;

/** What a registration form's question asks for: any text, one of its options, or yes or no. */
public enum QuestionKind {
    TEXT,
    CHOICE,
    YES_NO
}
