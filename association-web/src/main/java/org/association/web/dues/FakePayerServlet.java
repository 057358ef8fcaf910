package org.association.web.dues;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.association.dues.control.FakePaymentProvider;
import org.association.dues.control.FakePaymentProvider.SignedCallback;
import org.association.dues.control.PaymentProviders;
import org.association.mail.control.MailText;

/**
 * The FAKE payment provider's payer page, for the demo and the tests only (no money moves): GET shows the order and a
 * "pay" button; its POST pays the order as the fake, which then posts its signed callback to this site, as a real
 * provider's server would. There only while the fake is the provider in use.
 */
@WebServlet(FakePaymentProvider.PAYER_PATH)
public class FakePayerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    private PaymentProviders providers;

    @Inject
    private FakePaymentProvider fake;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String order = String.valueOf(request.getParameter("order"));
        Optional<BigDecimal> amount = inUse() ? fake.amountOf(order) : Optional.empty();
        if (amount.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        page(response, "<p>订单 / Order <strong id=\"order\">" + MailText.html(order) + "</strong>: ¥<span id=\"amount\">"
                + amount.get().toPlainString() + "</span></p><form method=\"post\" action=\"pay?order="
                + MailText.html(URLEncoder.encode(order, StandardCharsets.UTF_8)) + "\">"
                + "<button type=\"submit\" id=\"pay\">模拟付款 / Pay (fake)</button></form>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String order = String.valueOf(request.getParameter("order"));
        if (!inUse() || fake.amountOf(order).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SignedCallback callback = fake.pay(order);
        // as a provider's server does: to the site's callback address, here reached on the connector the payer used
        URI address = URI.create(request.getScheme() + "://127.0.0.1:" + request.getLocalPort() + request.getContextPath()
                + PaymentCallbackServlet.PATH + "/" + FakePaymentProvider.NAME);
        HttpRequest post = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(FakePaymentProvider.SIGNATURE_HEADER, callback.signature())
                .POST(HttpRequest.BodyPublishers.ofString(callback.body())).build();
        int status;
        try {
            status = HTTP.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        page(response, status == HttpServletResponse.SC_OK
                ? "<p id=\"paid\">已模拟付款 / Paid (fake).</p><p><a href=\"" + request.getContextPath() + "/member/\">"
                        + "返回会员中心 / Back to your member page</a></p>"
                : "<p id=\"failed\">回调失败 / The callback failed: " + status + "</p>");
    }

    private boolean inUse() {
        return providers.named(FakePaymentProvider.NAME).isPresent();
    }

    private static void page(HttpServletResponse response, String content) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = ("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"UTF-8\"><title>模拟支付 / Fake payment</title>"
                + "<meta name=\"robots\" content=\"noindex\"></head><body><h1>模拟支付（仅供演示和测试，不收款）<br>"
                + "FAKE payment provider: demo and tests only, no money moves</h1>" + content + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
