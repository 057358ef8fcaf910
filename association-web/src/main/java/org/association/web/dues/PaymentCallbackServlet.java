package org.association.web.dues;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.association.dues.boundary.CallbackOutcome;
import org.association.dues.boundary.PaymentCallbacks;
import org.association.web.account.SecurityLog;
import org.association.web.site.ClientAddress;

/**
 * Where a payment provider posts that an order was paid: POST /payments/callback/{provider}. No session and no CSRF
 * token (a provider has neither): the provider's signature over the body is the only credential, checked before
 * anything else. A callback taken (the first, or the same again) is answered 200 so the provider stops sending it;
 * a bad signature 401, and a signed one for no order or amount of ours 400, each in the security log.
 */
@WebServlet(PaymentCallbackServlet.PATH + "/*")
public class PaymentCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/payments/callback";
    /** A provider's callback is a small form or JSON; anything larger is no callback. */
    private static final int MAX_BYTES = 16 * 1024;

    @Inject
    private PaymentCallbacks callbacks;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private ClientAddress clientAddress;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String provider = String.valueOf(request.getPathInfo()).replaceFirst("^/", "");
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        }
        if (body.length > MAX_BYTES) {
            refuse(request, response, provider, "too large", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        CallbackOutcome outcome = callbacks.receive(provider, body, headers);
        if (outcome.isTaken()) {
            answer(response, HttpServletResponse.SC_OK, "SUCCESS");
        } else {
            refuse(request, response, provider, outcome.name(), outcome == CallbackOutcome.BAD_SIGNATURE
                    ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String provider, String reason, int status)
            throws IOException {
        securityLog.paymentCallbackRefused(provider, reason, clientAddress.of(request));
        answer(response, status, "FAIL " + reason);
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
