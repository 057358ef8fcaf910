package org.association.content.entity;

/** What a channel's page shows: its articles, or a page generated from other data. */
public enum ChannelKind {
    /** A list of articles, newest first. */
    ARTICLES,
    /** A single standing article, e.g. the introduction or the articles of association. */
    PAGE,
    /** Generated from current association-level appointments. */
    LEADERSHIP,
    /** Generated from the secretariat's departments and their heads. */
    SECRETARIAT,
    /** Member institutions that agreed to be listed. */
    MEMBER_DIRECTORY,
    /** The membership application form. */
    MEMBERSHIP_APPLICATION,
    /** A heading in the menu that only groups its sub-channels. */
    GROUP
}
