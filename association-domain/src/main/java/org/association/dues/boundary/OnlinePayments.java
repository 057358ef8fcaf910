package org.association.dues.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.association.account.entity.Role;
import org.association.audit.boundary.AuditService;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.CurrentActor;
import org.association.common.EntityStore;
import org.association.common.NoSuchEntityException;
import org.association.common.PortalCaller;
import org.association.dues.control.PaymentProvider;
import org.association.dues.control.PaymentProvider.PaymentNotice;
import org.association.dues.control.PaymentProvider.PaymentOrder;
import org.association.dues.control.PaymentProviders;
import org.association.dues.entity.AdjustmentKind;
import org.association.dues.entity.DuesPayment;
import org.association.dues.entity.Invoice;
import org.association.dues.entity.OnlinePayment;
import org.association.dues.entity.OnlinePaymentState;
import org.association.events.boundary.PaymentRecord;
import org.association.mail.boundary.MailServer;

/**
 * Paying an invoice online through the payment provider in use (PaymentProviders), without the dues model knowing
 * which: an order for what is outstanding; the provider's signed callback that confirms it (PaymentCallbacks), once
 * however often and however many at once it comes, by a conditional update of the order's row; staff's query of an
 * order (which confirms one whose callback was lost) and refund through the provider, which is a dues refund record.
 * The payment is recorded and confirmed through the ledger as staff's are, so paid-up-until moves the same way; the
 * provider's part is audited under its name ("provider:fake").
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME})
public class OnlinePayments {

    private static final String CALLBACK_PATH = "/payments/callback/";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    @Inject
    private DuesLedger ledger;

    @Inject
    private PaymentProviders providers;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditService audit;

    @Inject
    private AssociationClock clock;

    @Inject
    private MailServer server;

    /** Whether members can pay online (a provider is in use). */
    @PermitAll
    public boolean isOffered() {
        return providers.inUse().isPresent();
    }

    /**
     * Opens an order for what the invoice still asks, or gives the open one again if it asks the same; a member only
     * for their own invoice (another's is as if it did not exist).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, PortalCaller.ROLE})
    public OnlineOrder start(long invoiceId) {
        PaymentProvider provider = providers.inUse().orElseThrow(() -> new BusinessException("error.dues.onlineOff"));
        Invoice invoice = ledger.lock(invoiceId);
        actor.requireOwnRecords(invoice.getMember().getId());
        BigDecimal outstanding = invoice.outstanding();
        if (outstanding.signum() <= 0) {
            throw new BusinessException("error.dues.nothingOutstanding");
        }
        List<OnlinePayment> orders = of(invoiceId);
        OnlinePayment order = orders.stream().filter(open -> open.getState() == OnlinePaymentState.CREATED
                        && open.getProvider().equals(provider.name()) && open.getAmount().compareTo(outstanding) == 0)
                .findFirst()
                .orElseGet(() -> store.create(new OnlinePayment(invoice, provider.name(),
                        invoice.getReference() + "-" + (orders.size() + 1), outstanding), "online payment started"));
        String payUrl = provider.create(new PaymentOrder(order.getOrderId(), order.getAmount(),
                invoice.getReference() + " " + invoice.getPeriodStart() + "–" + invoice.getPeriodEnd(),
                server.siteUrl() + CALLBACK_PATH + provider.name()));
        return new OnlineOrder(order.getId(), order.getOrderId(), order.getAmount(), payUrl);
    }

    /** The invoice's online orders, oldest first; a member only of their own. */
    @RolesAllowed({Role.ADMIN_NAME, Role.MEMBERSHIP_NAME, PortalCaller.ROLE})
    public List<OnlinePayment> of(long invoiceId) {
        Invoice invoice = store.find(Invoice.class, invoiceId);
        actor.requireOwnRecords(invoice.getMember().getId());
        return em.createNamedQuery(OnlinePayment.OF_INVOICE, OnlinePayment.class).setParameter("invoice", invoiceId)
                .getResultList();
    }

    public OnlinePayment find(long id) {
        return store.find(OnlinePayment.class, id);
    }

    /**
     * The provider's verified word that an order was paid: the first time, the order becomes PAID (a conditional
     * update, so of any number at once one wins), and its payment is recorded and confirmed; every other time nothing
     * changes. Runs with the register's rights, from PaymentCallbacks or a query.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public CallbackOutcome paid(PaymentProvider provider, PaymentNotice notice) {
        Optional<OnlinePayment> found = em.createNamedQuery(OnlinePayment.BY_ORDER, OnlinePayment.class)
                .setParameter("provider", provider.name()).setParameter("order", notice.orderId())
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            return CallbackOutcome.UNKNOWN_ORDER;
        }
        OnlinePayment order = found.get();
        if (notice.amount() == null || notice.amount().compareTo(order.getAmount()) != 0) {
            return CallbackOutcome.WRONG_AMOUNT;
        }
        actor.actAs("provider:" + provider.name());
        LocalDateTime now = clock.now();
        int won = em.createQuery("update OnlinePayment o set o.state = :paid, o.transactionId = :transaction,"
                        + " o.paidAt = :now, o.version = o.version + 1 where o.id = :id and o.state = :created")
                .setParameter("paid", OnlinePaymentState.PAID)
                .setParameter("transaction", notice.transactionId())
                .setParameter("now", now)
                .setParameter("id", order.getId())
                .setParameter("created", OnlinePaymentState.CREATED)
                .executeUpdate();
        em.refresh(order);
        if (won == 0) {
            return CallbackOutcome.ALREADY_CONFIRMED;
        }
        String reason = "paid online: " + provider.name() + " order " + order.getOrderId();
        Map<String, String[]> paid = new LinkedHashMap<>();
        paid.put("state", new String[] {OnlinePaymentState.CREATED.name(), OnlinePaymentState.PAID.name()});
        paid.put("transactionId", new String[] {null, notice.transactionId()});
        audit.record(OnlinePayment.class.getSimpleName(), order.getId(), "paid", paid, reason);
        Invoice invoice = ledger.lock(order.getInvoice().getId());
        DuesPayment payment = ledger.record(invoice, new PaymentRecord(order.getAmount(), provider.method(), now.toLocalDate(),
                notice.transactionId()), null, false, reason);
        ledger.confirm(payment.getId(), actor.name(), reason);
        store.change(order, "payment recorded", reason, changed -> changed.paidBy(payment));
        return CallbackOutcome.CONFIRMED;
    }

    /**
     * Asks the provider for the order's state; one it says is paid while its callback never came is confirmed now,
     * exactly as the callback would have. Answers the order as it is then.
     */
    public OnlinePayment query(long id) {
        OnlinePayment order = store.find(OnlinePayment.class, id);
        PaymentProvider provider = provider(order);
        Optional<PaymentNotice> notice = provider.query(order.getOrderId());
        if (notice.isPresent() && order.getState() == OnlinePaymentState.CREATED) {
            paid(provider, notice.get());
            em.refresh(order);
        }
        return order;
    }

    /**
     * Pays back part or all of a paid order through its provider: a refund record of the invoice (append-only, with
     * the provider's refund number in its reason), the order's refunded sum grown by it. Refused for more than the
     * order has left to pay back, or an order changed since the caller read it.
     */
    public OnlinePayment refund(long id, int version, BigDecimal amount, String reason) {
        OnlinePayment order = store.findCurrent(OnlinePayment.class, id, version);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.dues.reasonRequired");
        }
        Invoice invoice = ledger.lock(order.getInvoice().getId());
        if (amount != null && amount.compareTo(invoice.getPaid()) > 0) {
            throw new BusinessException("error.dues.refundMoreThanPaid", invoice.getPaid());
        }
        store.change(order, "refunded", reason, changed -> changed.refund(amount));
        String refundId = provider(order).refund(order.getOrderId(), amount, reason.strip());
        ledger.adjust(invoice, AdjustmentKind.REFUND, amount, reason.strip() + " (" + order.getProvider() + " refund "
                + refundId + ")", changed -> changed.addPaid(amount.negate()));
        return order;
    }

    private PaymentProvider provider(OnlinePayment order) {
        return providers.named(order.getProvider()).orElseThrow(() -> new NoSuchEntityException("PaymentProvider",
                order.getId()));
    }
}
