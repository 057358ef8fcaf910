package org.association.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.association.audit.boundary.AuditService;
import org.association.dues.boundary.DuesService;
import org.association.dues.boundary.OnlineOrder;
import org.association.dues.boundary.OnlinePayments;
import org.association.dues.control.FakePaymentProvider;
import org.association.dues.control.FakePaymentProvider.SignedCallback;
import org.association.dues.entity.OnlinePayment;

/**
 * The online payment tests' side of the application, through its own services (as staff): POST
 * /association-tests/online-payment-fixtures/ start (?invoice=: "id orderId amount payUrl"), signed (?order=: the fake
 * provider pays the order and answers its signed callback, the body on the first line and the signature on the
 * second, without posting it), order (?id=: "state transactionId refunded"), query (?id=: the state after asking the
 * provider), refund (?id=, ?amount=, ?reason=: "refunded" or "refused KEY"), payments (?invoice=: "amount state method
 * reference confirmedBy" a line), adjustments (?invoice=: "kind amount reason" a line), audit (?id=: the order's
 * "action actor" a line), fake-refunded (?order=: what the fake's books say it paid back).
 */
@WebServlet("/online-payment-fixtures/*")
public class OnlinePaymentFixtureServlet extends AnsweringFixtureServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Staff staff;

    @Inject
    private OnlinePayments online;

    @Inject
    private DuesService dues;

    @Inject
    private FakePaymentProvider fake;

    @Inject
    private AuditService audit;

    @Override
    protected String answer(HttpServletRequest request) {
        return switch (String.valueOf(request.getPathInfo())) {
            case "/start" -> {
                OnlineOrder order = staff.admin(() -> online.start(id(request, "invoice")));
                yield order.id() + " " + order.orderId() + " " + order.amount() + " " + order.payUrl();
            }
            case "/signed" -> {
                SignedCallback callback = fake.pay(request.getParameter("order"));
                yield callback.body() + "\n" + callback.signature();
            }
            case "/order" -> {
                OnlinePayment order = staff.admin(() -> online.find(id(request, "id")));
                yield order.getState() + " " + order.getTransactionId() + " " + order.getRefunded();
            }
            case "/query" -> staff.admin(() -> online.query(id(request, "id"))).getState().name();
            case "/refund" -> staff.admin(() -> {
                OnlinePayment order = online.find(id(request, "id"));
                online.refund(order.getId(), order.getVersion(), new BigDecimal(request.getParameter("amount")),
                        request.getParameter("reason"));
                return "refunded";
            });
            case "/payments" -> staff.admin(() -> dues.payments(id(request, "invoice"))).stream()
                    .map(payment -> payment.getAmount() + " " + payment.getState() + " " + payment.getMethod() + " "
                            + payment.getReference() + " " + payment.getConfirmedBy())
                    .collect(Collectors.joining("\n"));
            case "/adjustments" -> staff.admin(() -> dues.adjustments(id(request, "invoice"))).stream()
                    .map(adjustment -> adjustment.getKind() + " " + adjustment.getAmount() + " " + adjustment.getReason())
                    .collect(Collectors.joining("\n"));
            case "/audit" -> staff.admin(() -> audit.of("OnlinePayment", id(request, "id"))).stream()
                    .map(entry -> entry.getAction() + " " + entry.getActor()).collect(Collectors.joining("\n"));
            case "/fake-refunded" -> fake.refundedOf(request.getParameter("order")).toPlainString();
            default -> null;
        };
    }
}
