package org.association.mail.boundary;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.association.common.BusinessException;

/** The secrets all servers share, each read once from the database (made by the first server that needs it). */
@ApplicationScoped
public class SharedSecrets {

    @Inject
    private MailSecrets secrets;

    private final Map<String, String> known = new ConcurrentHashMap<>();

    /** The secret of that name (see MailSecret's names). */
    public String named(String name) {
        String secret = known.get(name);
        if (secret == null) {
            secret = secrets.read(name).orElseGet(() -> {
                try {
                    return secrets.make(name);
                } catch (EJBException | BusinessException e) {
                    // another server made it at the same moment
                    return secrets.read(name).orElseThrow(() -> e);
                }
            });
            known.put(name, secret);
        }
        return secret;
    }
}
