package org.association.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payment provider in use, named by the setting association.dues.payment-provider (none: online payment is off;
 * "fake" for the demo and the tests). A provider that is not the one in use takes no orders and no callbacks.
 */
@ApplicationScoped
public class PaymentProviders {

    @Inject
    @Any
    private Instance<PaymentProvider> providers;

    @Inject
    @ConfigProperty(name = "association.dues.payment-provider", defaultValue = "none")
    private String configured;

    public Optional<PaymentProvider> inUse() {
        return named(configured);
    }

    /** The provider of that name, if it is the one in use. */
    public Optional<PaymentProvider> named(String name) {
        if (name == null || !name.equals(configured)) {
            return Optional.empty();
        }
        return providers.stream().filter(provider -> provider.name().equals(name)).findFirst();
    }
}
