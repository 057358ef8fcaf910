package org.association.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the site over plain HTTP, with cookies of its own: opens pages and posts their forms
 * as a browser would, view state included, as a full post, a PrimeFaces ajax request or an upload, so
 * that a test can send what no browser would. Redirects are not followed.
 */
public final class FormClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** The texts of PrimeFaces' error messages: the global ones and those beside a field. */
    private static final Pattern ERROR = Pattern.compile("class=\"ui-messages?-error-(?:summary|detail)\"[^>]*>([^<]*)<");
    private static final Pattern AJAX_REDIRECT = Pattern.compile("<redirect url=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            // as browsers talk to a site without TLS; an upgrade to HTTP/2 (h2c) broke off large posts
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String viewState;
    private final Map<String, String> headers = new LinkedHashMap<>();
    /** The client address the site is told this visitor has (X-Forwarded-For, believed from the test machine); or none. */
    private final String forwardedFor;

    private final String baseUrl;

    public FormClient() {
        this(Browser.baseUrl(), null);
    }

    private FormClient(String baseUrl, String forwardedFor) {
        this.baseUrl = baseUrl;
        this.forwardedFor = forwardedFor;
    }

    /** A visitor from another client address, as the trusted proxy (the test machine, ASSOCIATION_TRUSTED_PROXY) tells it. */
    public static FormClient from(String clientAddress) {
        return new FormClient(Browser.baseUrl(), clientAddress);
    }

    /** A visitor of the site at another address (a domain a deployment test made), claiming X-Forwarded-For unless null. */
    public static FormClient of(String baseUrl, String forwardedFor) {
        return new FormClient(baseUrl, forwardedFor);
    }

    /** A member of staff signed in through the login form. */
    public static FormClient signedIn(String username, String password) {
        FormClient staff = new FormClient();
        if (!staff.signIn(username, password)) {
            throw new IllegalStateException("signing in as " + username + " failed");
        }
        return staff;
    }

    /** Posts the login form; true when the site let the visitor in. */
    public boolean signIn(String username, String password) {
        open("/account/login.xhtml");
        HttpResponse<String> answer = post("/account/login.xhtml", fields("login", "login", "login:username", username,
                "login:password", password, "login:submit", ""));
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("/account/login");
    }

    /** Opens a page without keeping its view state: for pages without a form, or to see where a request is sent. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Name and value pairs in the order given. */
    public static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** Opens a page and keeps its view state for the next post. */
    public HttpResponse<String> open(String path) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher state = VIEW_STATE.matcher(page.body());
        viewState = state.find() ? unescape(state.group(1)) : null;
        return page;
    }

    public String viewState() {
        return viewState;
    }

    /** Replaces the view state that the next post sends (null: none at all). */
    public FormClient withViewState(String forged) {
        viewState = forged;
        return this;
    }

    /** Sends this header with every further request (say, the X-Forwarded-For of a proxy in front of the site). */
    public FormClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A full (non-ajax) post of a form. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /** What PrimeFaces sends when the button {@code source} submits the form {@code form} by ajax. */
    public HttpResponse<String> ajax(String path, String form, String source, Map<String, String> fields) {
        Map<String, String> request = fields("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", source,
                "jakarta.faces.partial.execute", form, "jakarta.faces.partial.render", form, source, source, form, form);
        request.putAll(fields);
        if (viewState != null) {
            request.put("jakarta.faces.ViewState", viewState);
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax").POST(HttpRequest.BodyPublishers.ofString(encode(request))));
    }

    /** What PrimeFaces' upload widget {@code widget} (e.g. "upload:files") of the form {@code form} sends for one file. */
    public HttpResponse<String> upload(String path, String form, String widget, String fileName, byte[] content) {
        String boundary = "----association" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> parts = fields(form, form, "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.partial.execute", widget, "jakarta.faces.source", widget, "jakarta.faces.partial.render", "@all",
                widget + "_totalFilesCount", "1");
        if (viewState != null) {
            parts.put("jakarta.faces.ViewState", viewState);
        }
        parts.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + widget + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        // "Expect: 100-continue", as curl sends a large body: a refusal then comes before the body is sent
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A full (non-ajax) post of a form with a file, as a browser sends a form of enctype multipart/form-data. */
    public HttpResponse<String> multipart(String path, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        String boundary = "----association" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> parts = new LinkedHashMap<>(fields);
        if (viewState != null) {
            parts.put("jakarta.faces.ViewState", viewState);
        }
        parts.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The value of one of this visitor's cookies, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The error messages an answer shows, as the reader reads them. */
    public static List<String> errors(String html) {
        List<String> errors = new ArrayList<>();
        Matcher error = ERROR.matcher(html);
        while (error.find()) {
            errors.add(unescape(error.group(1)));
        }
        return errors;
    }

    /** Where an ajax answer sends the browser, or null when it stays on the page. */
    public static String ajaxRedirect(String answer) {
        Matcher redirect = AJAX_REDIRECT.matcher(answer);
        return redirect.find() ? redirect.group(1) : null;
    }

    /** Text as it reads once its HTML character references are resolved. */
    public static String unescape(String html) {
        Matcher reference = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(html);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            String name = reference.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            reference.appendReplacement(text, Matcher.quoteReplacement(character));
        }
        return reference.appendTail(text).toString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        headers.forEach(request::header);
        try {
            return client.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
