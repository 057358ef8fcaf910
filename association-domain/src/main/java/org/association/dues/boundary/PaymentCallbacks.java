package org.association.dues.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.association.account.entity.Role;
import org.association.dues.control.PaymentProvider;
import org.association.dues.control.PaymentProviders;

/**
 * Where a payment provider's callback arrives, from no signed-in caller: its signature is its only credential, so
 * nothing is read of it before the provider verified it. A verified notice is confirmed by {@link OnlinePayments},
 * with the register's rights (a renewal), and recorded under the provider's name.
 */
@Stateless
@PermitAll
@RunAs(Role.ADMIN_NAME)
public class PaymentCallbacks {

    @Inject
    private PaymentProviders providers;

    @Inject
    private OnlinePayments payments;

    /** The callback's body (as sent) and headers (names in lower case). */
    public CallbackOutcome receive(String providerName, byte[] body, Map<String, String> headers) {
        Optional<PaymentProvider> provider = providers.named(providerName);
        if (provider.isEmpty()) {
            return CallbackOutcome.UNKNOWN_PROVIDER;
        }
        return provider.get().verify(body, headers).map(notice -> payments.paid(provider.get(), notice))
                .orElse(CallbackOutcome.BAD_SIGNATURE);
    }
}
