package org.association.web.dues;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.association.dues.boundary.OnlinePayments;
import org.association.dues.entity.OnlinePayment;

/** An invoice's online orders on its staff page, each with its provider's state: read only. */
@Named
@RequestScoped
public class OnlineOrdersBacking {

    @Inject
    private OnlinePayments online;

    private List<OnlinePayment> orders;

    public List<OnlinePayment> of(long invoiceId) {
        if (orders == null) {
            orders = online.of(invoiceId);
        }
        return orders;
    }
}
