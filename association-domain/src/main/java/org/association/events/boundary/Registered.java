package org.association.events.boundary;

import org.association.events.entity.Registration;

/**
 * A registration just made, with the secret of its manage link: the only moment the token exists outside the
 * reader's mail, since only its hash is stored.
 */
public record Registered(Registration registration, String token) {
}
