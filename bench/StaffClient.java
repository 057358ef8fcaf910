import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser, reduced to its HTTP requests, for the benchmark: it signs in through the login form and
 * imports a member file through the import page, with the view state (JSF's CSRF token) that every post back needs,
 * exactly as the page's own scripts send them.
 *
 * <pre>
 * java StaffClient.java login  BASE_URL USER PASSWORD        prints the session cookie ("name=value; ...")
 * java StaffClient.java import BASE_URL USER PASSWORD FILE   previews and commits FILE, prints the times
 * </pre>
 */
public class StaffClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    private static final Pattern COUNT = Pattern.compile("id=\"count-([A-Z]+)\".*?card-value\">([0-9]+)<", Pattern.DOTALL);
    /** The newest batch in the table of recent imports: new / updated / errors. */
    private static final Pattern BATCH = Pattern.compile("([0-9]+) / ([0-9]+) / ([0-9]+)");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    StaffClient(String base) {
        this.base = base;
        // HTTP/1.1 like a browser on this site and like wrk: no h2c upgrade attempted on the long upload
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: StaffClient login|import BASE_URL USER PASSWORD [FILE]");
        }
        StaffClient client = new StaffClient(args[1]);
        client.login(args[2], args[3]);
        switch (args[0]) {
            case "login" -> System.out.println(client.cookieHeader());
            case "import" -> client.importFile(Path.of(args[4]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    void login(String user, String password) throws IOException, InterruptedException {
        String page = get("/account/login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page, "the login form's view state"));
        HttpResponse<String> answer = post("/account/login.xhtml", form, false);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !location.contains("/admin/") || location.contains("password")) {
            throw new IllegalStateException("login refused: " + answer.statusCode() + " " + location);
        }
    }

    String cookieHeader() {
        return cookies.getCookieStore().get(URI.create(base)).stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Uploads the file as the upload widget does (an ajax multipart post), then presses "commit". */
    void importFile(Path file) throws IOException, InterruptedException {
        String page = get("/admin/members/import.xhtml").body();
        String viewState = find(VIEW_STATE, page, "the import page's view state");
        // the widget's script names the file part after the component, whatever the name of its hidden input
        String fileField = "upload:file";
        String boundary = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("upload", "upload");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.partial.execute", "upload:file");
        fields.put("jakarta.faces.source", "upload:file");
        fields.put("jakarta.faces.partial.render", "@all");
        // PrimeFaces' advanced upload says how many files it sends, and its validation reads that number
        fields.put(fileField + "_totalFilesCount", "1");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        long started = System.nanoTime();
        HttpResponse<String> previewed = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/members/import.xhtml"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());
        long previewNanos = System.nanoTime() - started;
        Map<String, String> counts = new LinkedHashMap<>();
        Matcher count = COUNT.matcher(previewed.body());
        while (count.find()) {
            counts.put(count.group(1), count.group(2));
        }
        if (previewed.statusCode() != 200 || !counts.containsKey("NEW")) {
            throw new IllegalStateException("the preview failed: " + previewed.statusCode() + " " + abbreviate(previewed.body()));
        }
        Matcher newViewState = PARTIAL_VIEW_STATE.matcher(previewed.body());
        if (newViewState.find()) {
            viewState = newViewState.group(1);
        }

        Map<String, String> commit = new LinkedHashMap<>();
        commit.put("jakarta.faces.partial.ajax", "true");
        commit.put("jakarta.faces.source", "preview:commit");
        commit.put("jakarta.faces.partial.execute", "preview");
        commit.put("jakarta.faces.partial.render", "@all");
        commit.put("preview:commit", "preview:commit");
        commit.put("preview", "preview");
        commit.put("jakarta.faces.ViewState", viewState);
        started = System.nanoTime();
        HttpResponse<String> committed = post("/admin/members/import.xhtml", commit, true);
        long commitNanos = System.nanoTime() - started;
        Matcher batch = BATCH.matcher(committed.body());
        if (committed.statusCode() != 200 || !batch.find() || !batch.group(1).equals(counts.get("NEW"))
                || !batch.group(2).equals(counts.get("UPDATE"))) {
            throw new IllegalStateException("the commit failed: " + committed.statusCode() + " " + abbreviate(committed.body()));
        }
        System.out.printf("import of %s: preview %.1f s (%s), commit %.1f s (%s new, %s updated), in all %.1f s (target: under 20 s)%n",
                file.getFileName(), previewNanos / 1e9, counts, commitNanos / 1e9, batch.group(1), batch.group(2),
                (previewNanos + commitNanos) / 1e9);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response;
    }

    private HttpResponse<String> post(String path, Map<String, String> form, boolean ajax) throws IOException, InterruptedException {
        String encoded = form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(encoded));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not found: " + what);
        }
        return matcher.group(1);
    }

    private static String abbreviate(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
    }
}
