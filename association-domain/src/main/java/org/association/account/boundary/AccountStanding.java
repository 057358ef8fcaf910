package org.association.account.boundary;

import java.io.Serializable;

/**
 * What a signed-in session is checked against on each request: the account's credential stamp, and whether it must
 * change its password.
 */
public record AccountStanding(int credentialStamp, boolean mustChangePassword) implements Serializable {
}
