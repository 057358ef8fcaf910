package org.association.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The browser tests' side of {@link FixtureServlet}: makes test data in the deployed application. */
public final class Fixtures {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Fixtures() {
    }

    public static void channelWithArticles(String slug, int count) {
        post("channel-with-articles", Map.of("slug", slug, "count", String.valueOf(count)));
    }

    public static void account(String username, String password, String roles) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("username", username);
        parameters.put("password", password);
        parameters.put("roles", roles);
        post("account", parameters);
    }

    /**
     * An administrator's change to an account: "disable", "roles" (to {@code value}), "name" (to {@code value}) or
     * "reset"; a reset answers the new password.
     */
    public static String changeAccount(String username, String change, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("username", username);
        parameters.put("change", change);
        if (value != null) {
            parameters.put(change, value);
        }
        return post("account-change", parameters).strip();
    }

    /** An article of 2024-02-02 in a channel, with a hostile body, in the given status; returns its id. */
    public static long article(String channel, String slug, String status) {
        return Long.parseLong(post("article", Map.of("channel", channel, "slug", slug, "status", status)).strip());
    }

    /** Archives the article, which takes it off every public page. */
    public static void archive(long article) {
        post("article-status", Map.of("id", String.valueOf(article), "status", "ARCHIVED"));
    }

    /** Saves the article again under a new title, keeping its status. */
    public static void retitle(long article, String title) {
        post("article-title", Map.of("id", String.valueOf(article), "title", title));
    }

    /** Moves the article to another channel, keeping its status. */
    public static void move(long article, String channel) {
        post("article-move", Map.of("id", String.valueOf(article), "channel", channel));
    }

    /** A member made for a test: its id and member number. */
    public record FixtureMember(long id, String number) {
    }

    /** An active physician of that name. */
    public static FixtureMember member(String name) {
        String[] idAndNumber = post("active-member", Map.of("name", name)).strip().split(" ");
        return new FixtureMember(Long.parseLong(idAndNumber[0]), idAndNumber[1]);
    }

    /** An active physician of that name with that practising certificate number. */
    public static FixtureMember member(String name, String licenceNumber) {
        String[] idAndNumber = post("active-member", Map.of("name", name, "licence", licenceNumber)).strip().split(" ");
        return new FixtureMember(Long.parseLong(idAndNumber[0]), idAndNumber[1]);
    }

    /** How many members, applicants, articles, channels, departments, accounts and import batches are stored. */
    public static Map<String, Long> counts() {
        return parseCounts(post("counts", Map.of()));
    }

    /** The same, and how many attachments the article has. */
    public static Map<String, Long> counts(long articleId) {
        return parseCounts(post("counts", Map.of("article", String.valueOf(articleId))));
    }

    /** An upload to an article through the attachment service, as staff; answers the attachment's id. */
    public static long upload(long articleId, String fileName, byte[] content) {
        URI address = URI.create(Browser.baseUrl() + "/association-tests/fixtures/upload?article=" + articleId + "&name="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(address).POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        return Long.parseLong(send("upload", request).strip());
    }

    /** Makes a photo as one stored before display sizes existed: without one. */
    public static void forgetDisplay(long attachmentId) {
        if (!"1".equals(post("forget-display", Map.of("attachment", String.valueOf(attachmentId))))) {
            throw new IllegalStateException("no attachment data " + attachmentId);
        }
    }

    public static boolean displayStored(long attachmentId) {
        return Boolean.parseBoolean(post("display-stored", Map.of("attachment", String.valueOf(attachmentId))));
    }

    private static Map<String, Long> parseCounts(String lines) {
        Map<String, Long> counts = new LinkedHashMap<>();
        lines.lines().map(line -> line.split("=")).forEach(pair -> counts.put(pair[0], Long.valueOf(pair[1])));
        return counts;
    }

    private static String post(String what, Map<String, String> parameters) {
        return post("fixtures", what, parameters);
    }

    /** A form post to a fixture servlet of the test module ({@code servlet}: its path, e.g. "fixtures"); answers its body. */
    public static String post(String servlet, String what, Map<String, String> parameters) {
        String form = parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(Browser.baseUrl() + "/association-tests/" + servlet + "/" + what))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return send(what, request);
    }

    private static String send(String what, HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("fixture " + what + " failed: " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("fixture " + what + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
