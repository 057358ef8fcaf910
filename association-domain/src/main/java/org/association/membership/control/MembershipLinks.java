package org.association.membership.control;

import org.association.content.entity.Language;

/** The public address of a membership certificate's verification page (a path, without the site's host). */
public final class MembershipLinks {

    /** Beside the CME certificates' pages: /certificates/membership/{code}. */
    public static final String CERTIFICATES = "certificates";
    public static final String MEMBERSHIP = "membership";

    private MembershipLinks() {
    }

    public static String verification(Language language, String code) {
        return (language == Language.EN ? "/en" : "") + "/" + CERTIFICATES + "/" + MEMBERSHIP + "/" + code;
    }
}
