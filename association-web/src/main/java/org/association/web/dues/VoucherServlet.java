package org.association.web.dues;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.association.common.NoSuchEntityException;
import org.association.dues.boundary.DuesService;
import org.association.dues.entity.DuesPayment;
import org.association.web.content.AttachmentServlet;

/**
 * A payment's voucher: /admin/dues/voucher?payment=. Only for dues staff (the container's constraint on /admin/dues/*,
 * and the service's check); served as the type its bytes were checked to be, never kept by a cache.
 */
@WebServlet("/admin/dues/voucher")
public class VoucherServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private DuesService dues;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long paymentId;
        DuesPayment payment;
        try {
            paymentId = Long.parseLong(String.valueOf(request.getParameter("payment")));
            payment = dues.payment(paymentId);
        } catch (NumberFormatException | NoSuchEntityException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<byte[]> bytes = dues.voucher(paymentId);
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(payment.getVoucherType());
        response.setHeader("Content-Disposition", AttachmentServlet.contentDisposition("inline", payment.getVoucherName()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
