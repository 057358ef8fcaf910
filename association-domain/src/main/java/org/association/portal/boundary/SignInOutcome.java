package org.association.portal.boundary;

import org.association.common.PortalCaller;

/** What became of a sign-in link when it was opened: the caller it signs in, or why not. */
public record SignInOutcome(Result result, PortalCaller caller) {

    public enum Result {
        SIGNED_IN,
        /** Unknown, used already, or too old: a new link has to be asked for. */
        INVALID,
        /** Opened in another browser than the one that asked for it: still good there. */
        OTHER_BROWSER
    }

    static SignInOutcome refused(Result result) {
        return new SignInOutcome(result, null);
    }
}
