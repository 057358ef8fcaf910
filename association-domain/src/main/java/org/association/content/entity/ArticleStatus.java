package org.association.content.entity;

/** Where an article is in its life; only PUBLISHED articles are seen by the public. */
public enum ArticleStatus {
    DRAFT,
    /** Publishes itself when its add-time comes. */
    SCHEDULED,
    PUBLISHED,
    ARCHIVED
}
