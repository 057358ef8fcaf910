package org.association.account.boundary;

import java.io.Serializable;
import java.util.Set;
import org.association.account.entity.Role;

/**
 * What a login attempt came to. A refusal says why for the server log only: the page tells the same
 * words for a wrong password, an unknown user, a locked and a disabled account.
 */
public record LoginOutcome(Result result, String username, String displayName, Set<Role> roles, boolean mustChangePassword,
        int credentialStamp) implements Serializable {

    public enum Result {
        SUCCESS,
        WRONG_PASSWORD,
        UNKNOWN_USER,
        /** This attempt was the fifth wrong one in a row: locked now. */
        LOCKED_NOW,
        LOCKED,
        DISABLED,
        /** Too many refusals from this client address lately: not even checked. */
        THROTTLED
    }

    public static LoginOutcome refused(Result result, String username) {
        return new LoginOutcome(result, username, null, Set.of(), false, 0);
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
