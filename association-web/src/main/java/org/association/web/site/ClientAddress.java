package org.association.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who a request came from, and whether over HTTPS, when the site may sit behind a reverse proxy that ends TLS.
 * The proxy's own addresses are the setting {@code association.trusted-proxy} (ASSOCIATION_TRUSTED_PROXY, a comma
 * separated list); only a request from one of them is believed about X-Forwarded-For and X-Forwarded-Proto. Anyone
 * else may send those headers too, so from anyone else they are ignored.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "association.trusted-proxy")
    private Optional<String> trustedProxy;

    private Set<String> proxies;

    @PostConstruct
    void readProxies() {
        proxies = trustedProxy.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(address -> !address.isEmpty())
                .map(ClientAddress::normal).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    /** The client's address: the connection's, or for a request from the trusted proxy, the address the proxy saw. */
    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = fromProxy(request) ? request.getHeader("X-Forwarded-For") : null;
        if (forwarded == null) {
            return remote;
        }
        // each proxy appends the address it was reached from; what a client wrote itself stands further left
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !proxies.contains(normal(hop))) {
                return hop;
            }
        }
        return remote;
    }

    /** Whether the client reached the site over HTTPS: directly, or through the trusted proxy that says so. */
    public boolean isHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String proto = fromProxy(request) ? request.getHeader("X-Forwarded-Proto") : null;
        return proto != null && "https".equalsIgnoreCase(proto.split(",")[0].strip());
    }

    /** Whether the request came from the configured proxy. */
    public boolean fromProxy(HttpServletRequest request) {
        return !proxies.isEmpty() && proxies.contains(normal(request.getRemoteAddr()));
    }

    /** One spelling per address (::1 and 0:0:0:0:0:0:0:1 are the same); a name or anything unreadable stays as it is. */
    private static String normal(String address) {
        if (address == null || !address.matches("[0-9a-fA-F:.]+")) {
            return address;
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
