package org.association.web.membership;

import java.util.Optional;

/**
 * Where an application comes from, for its per-address limit. Behind a reverse proxy every request comes
 * from the proxy, and one limit would hold for all the world: so a request from the trusted proxy
 * (ASSOCIATION_TRUSTED_PROXY) counts as coming from the address the proxy appended last to X-Forwarded-For.
 * The entries before it are whatever the client sent, never believed; nor is the header from anyone else.
 */
final class ApplicantAddress {

    /** Longer than any IPv6 address with a zone: anything longer is not an address. */
    private static final int MAX_LENGTH = 64;

    private ApplicantAddress() {
    }

    static String of(String remoteAddress, String forwardedFor, Optional<String> trustedProxy) {
        if (forwardedFor == null || trustedProxy.map(String::strip).filter(remoteAddress::equals).isEmpty()) {
            return remoteAddress;
        }
        String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
        return last.isEmpty() || last.length() > MAX_LENGTH ? remoteAddress : last;
    }
}
