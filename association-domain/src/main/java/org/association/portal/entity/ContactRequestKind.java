package org.association.portal.entity;

/** What an institution's contact asks for: a new contact, or that one no longer acts for it. */
public enum ContactRequestKind {
    ADD,
    REMOVE
}
