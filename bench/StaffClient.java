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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser, reduced to its HTTP requests, for the benchmark and the load test: it signs in through the
 * login form, imports a member file through the import page, and edits members and articles through their forms, with
 * the view state (JSF's CSRF token) that every post back needs, exactly as the page's own scripts send them.
 *
 * <pre>
 * java StaffClient.java login  BASE_URL USER PASSWORD        prints the session cookie ("name=value; ...")
 * java StaffClient.java member BASE_URL EMAIL PASSWORD       signs a member in to the portal with their password,
 *                                                            prints the session cookie
 * java StaffClient.java import BASE_URL USER PASSWORD FILE   previews and commits FILE, prints the times
 * java StaffClient.java statement BASE_URL USER PASSWORD FILE
 *                                                            previews and commits the bank statement FILE, prints the
 *                                                            times and counts (RESULT preview commit matched paid ...)
 * java StaffClient.java form   BASE_URL USER PASSWORD PATH FORM
 *                                                            prints the fields FORM of PATH posts, "name=value" a line
 * java StaffClient.java edits  BASE_URL USER PASSWORD SECONDS SESSION MEMBER_IDS ARTICLE_IDS [REFUSED_FILE]
 *                                                            saves members and articles in turn for SECONDS (ids comma
 *                                                            separated), prints each answer as "STATUS what" a line
 * </pre>
 */
public class StaffClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    private static final Pattern COUNT = Pattern.compile("id=\"count-([A-Z]+)\".*?card-value\">([0-9]+)<", Pattern.DOTALL);
    /** The newest batch in the table of recent imports: new / updated / errors. */
    private static final Pattern BATCH = Pattern.compile("([0-9]+) / ([0-9]+) / ([0-9]+)");
    /** The newest statement in the table of recent ones: matched / partial / unmatched / paid. */
    private static final Pattern STATEMENT_BATCH = Pattern.compile(
            "batch-counts\">\\s*([0-9]+) / ([0-9]+) / ([0-9]+)\\s*/ ([0-9]+)");
    private static final Pattern TAG = Pattern.compile("<(input|select|textarea|option|/select)\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|lt|gt|quot|apos|amp|nbsp);");

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
            throw new IllegalArgumentException("usage: StaffClient login|import|form|edits BASE_URL USER PASSWORD [...]");
        }
        StaffClient client = new StaffClient(args[1]);
        if (args[0].equals("member")) {
            client.memberLogin(args[2], args[3]);
            System.out.println(client.cookieHeader());
            return;
        }
        if (args[0].equals("edits")) {
            client.edits(args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), ids(args[6]), ids(args[7]),
                    args.length > 8 ? Path.of(args[8]) : null);
            return;
        }
        client.login(args[2], args[3]);
        switch (args[0]) {
            case "login" -> System.out.println(client.cookieHeader());
            case "import" -> client.importFile(Path.of(args[4]));
            case "statement" -> client.importStatement(Path.of(args[4]));
            case "form" -> {
                HttpResponse<String> page = client.get(args[4]);
                client.form(page.body(), args[5]).forEach(field -> System.out.println(field.getKey() + "=" + field.getValue()));
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    void login(String user, String password) throws IOException, InterruptedException {
        String page = get("/account/login.xhtml").body();
        List<Map.Entry<String, String>> form = new ArrayList<>();
        for (Map.Entry<String, String> field : form(page, "login")) {
            form.add(switch (field.getKey()) {
                case "login:username" -> Map.entry(field.getKey(), user);
                case "login:password" -> Map.entry(field.getKey(), password);
                default -> field;
            });
        }
        form.add(Map.entry("login:submit", ""));
        HttpResponse<String> answer = post("/account/login.xhtml", form, false);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !location.contains("/admin/") || location.contains("password")) {
            throw new Refused(answer.statusCode(), "login refused: " + answer.statusCode() + " " + location);
        }
    }

    /**
     * One staff session of the load test: signs in once, then until {@code seconds} have passed saves a member and an
     * article in turn, each by opening its edit page and posting its form with one field changed. Every third member
     * save goes to the first member, which all sessions share, so that some meet a conflict. Prints one line per
     * answer: "302 login" or "STATUS login-refused", then "STATUS open" or "STATUS failed" for each page, and "STATUS
     * saved", "conflict", "refused" (the answer kept in {@code refusedFile}), "redirected" or "failed" for each post.
     */
    void edits(String user, String password, int seconds, int session, List<String> members, List<String> articles,
            Path refusedFile) throws IOException, InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try {
            login(user, password);
            System.out.println("302 login");
        } catch (Refused refused) {
            System.out.println(refused.status + " login-refused");
        }
        for (int round = 1; System.nanoTime() < end; round++) {
            String outcome;
            try {
                if (round % 2 == 1) {
                    String member = members.get(round % 3 == 0 ? 0 : session % members.size());
                    outcome = save("/admin/members/edit.xhtml", "id=" + member, "member", "member:save", "member:notes",
                            "Notes saved by load session " + session + " in round " + round + ".", refusedFile);
                } else {
                    String article = articles.get((session + round) % articles.size());
                    outcome = save("/admin/articles/edit.xhtml", "id=" + article, "article", "article:publish",
                            "article:summary", "Summary saved by load session " + session + " in round " + round + ".",
                            refusedFile);
                }
            } catch (IOException unanswered) {
                // no answer at all, counted as curl counts it
                outcome = "000 failed\n";
            }
            System.out.print(outcome);
            System.out.flush();
        }
    }

    /**
     * Opens {@code path?query}, and posts its form {@code form} as {@code button} does by ajax, with {@code field} set to
     * {@code value} and every other field as the page filled it. Gives the lines of {@link #edits}.
     */
    String save(String path, String query, String form, String button, String field, String value, Path refusedFile)
            throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + path + "?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            return page.statusCode() + " failed\n";
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("jakarta.faces.partial.ajax", "true"));
        fields.add(Map.entry("jakarta.faces.source", button));
        fields.add(Map.entry("jakarta.faces.partial.execute", form));
        fields.add(Map.entry("jakarta.faces.partial.render", form));
        fields.add(Map.entry(button, button));
        form(page.body(), form).stream().filter(pair -> !pair.getKey().equals(field)).forEach(fields::add);
        fields.add(Map.entry(field, value));
        HttpResponse<String> answer = post(path, fields, true);
        String outcome;
        if (answer.statusCode() != 200) {
            outcome = "failed";
        } else if (answer.body().contains("<redirect url=")) {
            // sent elsewhere (the login page, an expired form): nothing was saved
            outcome = "redirected";
        } else if (answer.body().contains(":conflict\"")) {
            outcome = "conflict";
        } else if (answer.body().contains("ui-messages-error") || answer.body().contains("ui-message-error")) {
            outcome = "refused";
            if (refusedFile != null) {
                Files.writeString(refusedFile, answer.body());
            }
        } else {
            outcome = "saved";
        }
        return "200 open\n" + answer.statusCode() + " " + outcome + "\n";
    }

    /**
     * The fields that the form with the id {@code formId} in {@code html} posts, as a browser sends them: its text and
     * hidden inputs (the view state among them), checked boxes and radio buttons, the chosen options of its menus (else
     * the first) and its text areas; not its buttons, file inputs and disabled fields.
     */
    List<Map.Entry<String, String>> form(String html, String formId) {
        Matcher start = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>").matcher(html);
        if (!start.find()) {
            throw new IllegalStateException("no form " + formId);
        }
        int end = html.indexOf("</form>", start.end());
        String body = html.substring(start.end(), end < 0 ? html.length() : end);
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        String selectName = null;
        List<String> options = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        while (tag.find()) {
            String element = tag.group(1).toLowerCase(Locale.ROOT);
            Map<String, String> attributes = attributes(tag.group(2));
            String name = attributes.get("name");
            switch (element) {
                case "input" -> {
                    String type = attributes.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
                    boolean sent = !Set.of("submit", "button", "file", "image", "reset").contains(type)
                            && (!Set.of("checkbox", "radio").contains(type) || attributes.containsKey("checked"));
                    if (name != null && sent && !attributes.containsKey("disabled")) {
                        String fallback = Set.of("checkbox", "radio").contains(type) ? "on" : "";
                        fields.add(Map.entry(name, attributes.getOrDefault("value", fallback)));
                    }
                }
                case "textarea" -> {
                    int close = body.indexOf("</textarea>", tag.end());
                    // a browser drops the one line break that may follow the start tag
                    String text = body.substring(tag.end(), close < 0 ? body.length() : close).replaceFirst("^\r?\n", "");
                    if (name != null && !attributes.containsKey("disabled")) {
                        fields.add(Map.entry(name, decode(text)));
                    }
                }
                case "select" -> {
                    selectName = attributes.containsKey("disabled") ? null : name;
                    options.clear();
                    chosen.clear();
                }
                case "option" -> {
                    String option = attributes.get("value");
                    if (option == null) {
                        int next = body.indexOf('<', tag.end());
                        option = decode(body.substring(tag.end(), next < 0 ? body.length() : next)).strip();
                    }
                    options.add(option);
                    if (attributes.containsKey("selected")) {
                        chosen.add(option);
                    }
                }
                default -> {
                    // the end of a select: what is chosen, or else its first option
                    if (selectName != null) {
                        String menu = selectName;
                        (chosen.isEmpty() ? options.stream().limit(1).toList() : chosen)
                                .forEach(option -> fields.add(Map.entry(menu, option)));
                    }
                    selectName = null;
                }
            }
        }
        return fields;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String value = attribute.group(2) != null ? attribute.group(2)
                    : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), value == null ? "" : decode(value));
        }
        return attributes;
    }

    /** {@code html} text with its character references replaced by the characters. */
    private static String decode(String html) {
        return ENTITY.matcher(html).replaceAll(entity -> {
            String name = entity.group(1);
            String character = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "amp" -> "&";
                case "nbsp" -> "\u00a0";
                default -> Character.toString(name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
            };
            return Matcher.quoteReplacement(character);
        });
    }

    private static List<String> ids(String commaSeparated) {
        return List.of(commaSeparated.split(","));
    }

    /** Signs a member in on the portal's sign-in page, with the password they set. */
    void memberLogin(String email, String password) throws IOException, InterruptedException {
        String page = get("/member/sign-in.xhtml").body();
        List<Map.Entry<String, String>> form = new ArrayList<>();
        for (Map.Entry<String, String> field : form(page, "password")) {
            form.add(switch (field.getKey()) {
                case "password:email" -> Map.entry(field.getKey(), email);
                case "password:secret" -> Map.entry(field.getKey(), password);
                default -> field;
            });
        }
        form.add(Map.entry("password:signInWithPassword", ""));
        HttpResponse<String> answer = post("/member/sign-in.xhtml", form, false);
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || !location.endsWith("/member/")) {
            throw new Refused(answer.statusCode(), "member sign-in refused: " + answer.statusCode() + " " + location);
        }
    }

    String cookieHeader() {
        return cookies.getCookieStore().get(URI.create(base)).stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Uploads the file as the upload widget does (an ajax multipart post), then presses "commit". */
    void importFile(Path file) throws IOException, InterruptedException {
        String path = "/admin/members/import.xhtml";
        long started = System.nanoTime();
        Uploaded previewed = upload(path, file);
        long previewNanos = System.nanoTime() - started;
        Map<String, String> counts = counts(previewed.page());
        if (!counts.containsKey("NEW")) {
            throw new IllegalStateException("the preview failed: " + abbreviate(previewed.page()));
        }
        started = System.nanoTime();
        HttpResponse<String> committed = commit(path, previewed.viewState());
        long commitNanos = System.nanoTime() - started;
        Matcher batch = BATCH.matcher(committed.body());
        if (committed.statusCode() != 200 || !batch.find() || !batch.group(1).equals(counts.get("NEW"))
                || !batch.group(2).equals(counts.get("UPDATE"))) {
            throw new IllegalStateException("the commit failed: " + committed.statusCode() + " " + abbreviate(committed.body()));
        }
        System.out.printf("import of %s: preview %.1f s (%s), commit %.1f s (%s new, %s updated), in all %.1f s "
                + "(target: under 20 s)%n",
                file.getFileName(), previewNanos / 1e9, counts, commitNanos / 1e9, batch.group(1), batch.group(2),
                (previewNanos + commitNanos) / 1e9);
    }

    /** Imports a bank statement on the dues' import page; prints "RESULT previewSeconds commitSeconds matched paid". */
    void importStatement(Path file) throws IOException, InterruptedException {
        String path = "/admin/dues/statement.xhtml";
        long started = System.nanoTime();
        Uploaded previewed = upload(path, file);
        long previewNanos = System.nanoTime() - started;
        Map<String, String> counts = counts(previewed.page());
        if (!counts.containsKey("MATCHED")) {
            throw new IllegalStateException("the preview failed: " + abbreviate(previewed.page()));
        }
        started = System.nanoTime();
        HttpResponse<String> committed = commit(path, previewed.viewState());
        long commitNanos = System.nanoTime() - started;
        Matcher batch = STATEMENT_BATCH.matcher(committed.body());
        if (committed.statusCode() != 200 || !batch.find()) {
            throw new IllegalStateException("the commit failed: " + committed.statusCode() + " " + abbreviate(committed.body()));
        }
        System.out.printf("RESULT %.1f %.1f %s %s %s%n", previewNanos / 1e9, commitNanos / 1e9, counts.get("MATCHED"),
                batch.group(4), counts);
    }

    /** The page after an upload, and its new view state. */
    private record Uploaded(String page, String viewState) {
    }

    /** Uploads a file on an import page (PrimeFaces' advanced upload, as its script sends it) and waits for the preview. */
    private Uploaded upload(String path, Path file) throws IOException, InterruptedException {
        String page = get(path).body();
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
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue()
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + file.getFileName()
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> previewed = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (previewed.statusCode() != 200) {
            throw new IllegalStateException("the preview failed: " + previewed.statusCode() + " " + abbreviate(previewed.body()));
        }
        Matcher newViewState = PARTIAL_VIEW_STATE.matcher(previewed.body());
        return new Uploaded(previewed.body(), newViewState.find() ? newViewState.group(1) : viewState);
    }

    /** The preview's count of each outcome, from its cards. */
    private static Map<String, String> counts(String page) {
        Map<String, String> counts = new LinkedHashMap<>();
        Matcher count = COUNT.matcher(page);
        while (count.find()) {
            counts.put(count.group(1), count.group(2));
        }
        return counts;
    }

    /** Sends the preview's commit button, as its confirmation dialog's yes does. */
    private HttpResponse<String> commit(String path, String viewState) throws IOException, InterruptedException {
        Map<String, String> commit = new LinkedHashMap<>();
        commit.put("jakarta.faces.partial.ajax", "true");
        commit.put("jakarta.faces.source", "preview:commit");
        commit.put("jakarta.faces.partial.execute", "preview");
        commit.put("jakarta.faces.partial.render", "@all");
        commit.put("preview:commit", "preview:commit");
        commit.put("preview", "preview");
        commit.put("jakarta.faces.ViewState", viewState);
        return post(path, List.copyOf(commit.entrySet()), true);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new Refused(response.statusCode(), path + " answered " + response.statusCode());
        }
        return response;
    }

    private HttpResponse<String> post(String path, List<Map.Entry<String, String>> form, boolean ajax)
            throws IOException, InterruptedException {
        String encoded = form.stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
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

    /** An answer other than the one a step needs, with its status. */
    private static final class Refused extends IllegalStateException {

        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
