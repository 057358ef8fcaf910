import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The events benchmark's own side (bench/events.sh), run with the server's libraries on the class path:
 * <ul>
 * <li>{@code event DATABASE CAPACITY}: while the server is stopped, one published event open for registration, 30 days
 * ahead, whose one type has that many places, and an event to warm up on, without a limit;</li>
 * <li>{@code burst BASE_URL SLUG COUNT}: COUNT readers open the page of the event (or the warm-up's, "bench-warm-up"),
 * then all send its registration form at the same moment, each with an address of their own; prints the answers by
 * status and the form's latencies;</li>
 * <li>{@code check DATABASE}: while the server is stopped, the registrations by status and the places the type's row
 * counts.</li>
 * </ul>
 */
public class EventBench {

    static final long EVENT_ID = 2_000_000_000L;
    static final long TYPE_ID = EVENT_ID + 1;
    static final String SLUG = "bench-conference";
    static final String WARM_UP = "bench-warm-up";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "event" -> event(args[1], Integer.parseInt(args[2]));
            case "burst" -> burst(args[1], args[2], Integer.parseInt(args[3]));
            case "check" -> check(args[1]);
            default -> throw new IllegalArgumentException("event, burst or check, not " + args[0]);
        }
    }

    static void event(String database, int capacity) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        LocalDateTime start = LocalDateTime.now().plusDays(30).withHour(9).withMinute(0).withSecond(0).withNano(0);
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database);
                PreparedStatement event = connection.prepareStatement("INSERT INTO EVENT (ID, VERSION, SLUG, TITLE_ZH,"
                        + " TITLE_EN, DESCRIPTION_ZH, STARTS_AT, ENDS_AT, STATUS, CREATED_AT, CREATED_BY)"
                        + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 'bench')");
                PreparedStatement type = connection.prepareStatement("INSERT INTO EVENT_REGISTRATION_TYPE (ID, VERSION,"
                        + " EVENT_ID, NAME_ZH, NAME_EN, PRICE, CAPACITY, TAKEN, MEMBERS_ONLY, POSITION, CREATED_AT,"
                        + " CREATED_BY) VALUES (?, 0, ?, '普通代表', 'Delegate', 600.00, ?, 0, FALSE, 0, ?, 'bench')")) {
            connection.setAutoCommit(false);
            insert(event, type, EVENT_ID, SLUG, capacity, now, start);
            insert(event, type, EVENT_ID + 2, WARM_UP, null, now, start);
            connection.commit();
        }
        shutDown(database);
    }

    private static void insert(PreparedStatement event, PreparedStatement type, long id, String slug, Integer capacity,
            Timestamp now, LocalDateTime start) throws SQLException {
        event.setLong(1, id);
        event.setString(2, slug);
        event.setString(3, "全科医学专业委员会学术年会");
        event.setString(4, "General Practice Committee Annual Academic Conference");
        event.setString(5, "年会围绕基层慢病管理、家庭医生签约服务与全科医学教育开展专题报告和病例讨论。".repeat(6));
        event.setTimestamp(6, Timestamp.valueOf(start));
        event.setTimestamp(7, Timestamp.valueOf(start.plusHours(8)));
        event.setTimestamp(8, now);
        event.executeUpdate();
        type.setLong(1, id + 1);
        type.setLong(2, id);
        type.setObject(3, capacity, java.sql.Types.INTEGER);
        type.setTimestamp(4, now);
        type.executeUpdate();
    }

    /**
     * Each reader's page is read first, one after another, so that the measured part is the burst of forms alone:
     * every form is sent once the last page has arrived. An answer that goes on to the registration's page (303 or
     * 302) is a registration; any other is counted by its status.
     */
    static void burst(String baseUrl, String slug, int count) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .build();
        String page = baseUrl + "/events/" + slug;
        long typeId = (slug.equals(SLUG) ? EVENT_ID : EVENT_ID + 2) + 1;
        List<String> viewStates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher state = VIEW_STATE.matcher(body);
            if (!state.find()) {
                throw new IllegalStateException("the event's page has no form: " + body);
            }
            viewStates.add(state.group(1).replace("&amp;", "&").replace("&#58;", ":"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> answers = new ArrayList<>();
        long run = System.currentTimeMillis();
        for (int i = 0; i < count; i++) {
            String form = encode(fields("registration", "registration", "registration:type_input", String.valueOf(typeId),
                    "registration:name", "压测代表 " + i, "registration:email", slug + "-" + run + "-" + i + "@example.org",
                    "registration:phone", "028-8512" + String.format("%04d", i), "registration:institution", "成都高新医院",
                    "registration:memberNumber", "", "registration:submit", "", "jakarta.faces.ViewState", viewStates.get(i)));
            answers.add(pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(page)).timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
                ready.countDown();
                go.await();
                long sent = System.nanoTime();
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                return new long[] {status, System.nanoTime() - sent};
            }));
        }
        ready.await();
        long started = System.nanoTime();
        go.countDown();
        Map<Long, Integer> byStatus = new TreeMap<>();
        long[] latencies = new long[count];
        int failed = 0;
        for (int i = 0; i < count; i++) {
            try {
                long[] answer = answers.get(i).get();
                byStatus.merge(answer[0], 1, Integer::sum);
                latencies[i] = answer[1];
            } catch (Exception e) {
                failed++;
                latencies[i] = Long.MAX_VALUE;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        int registered = byStatus.getOrDefault(302L, 0) + byStatus.getOrDefault(303L, 0);
        System.out.printf("RESULT %d %d %d %.2f %.0f %.0f %.0f %s%n", count, registered, failed, seconds,
                percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100),
                byStatus.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(",")));
    }

    static void check(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + database)) {
            Map<String, Integer> byStatus = new TreeMap<>();
            try (ResultSet rows = connection.createStatement().executeQuery(
                    "SELECT STATUS, COUNT(*) FROM EVENT_REGISTRATION WHERE EVENT_ID = " + EVENT_ID + " GROUP BY STATUS")) {
                while (rows.next()) {
                    byStatus.put(rows.getString(1), rows.getInt(2));
                }
            }
            int taken;
            int capacity;
            try (ResultSet row = connection.createStatement().executeQuery(
                    "SELECT TAKEN, CAPACITY FROM EVENT_REGISTRATION_TYPE WHERE ID = " + TYPE_ID)) {
                row.next();
                taken = row.getInt(1);
                capacity = row.getInt(2);
            }
            int mails;
            try (ResultSet row = connection.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM MAIL_MESSAGE WHERE RECIPIENT LIKE '" + SLUG + "-%'")) {
                row.next();
                mails = row.getInt(1);
            }
            System.out.printf("CHECK %d %d %d %d %d %d%n", byStatus.values().stream().mapToInt(Integer::intValue).sum(),
                    byStatus.getOrDefault("CONFIRMED", 0), byStatus.getOrDefault("WAITING", 0), taken, capacity, mails);
        }
        shutDown(database);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[index] == Long.MAX_VALUE ? Double.NaN : sorted[index] / 1e6;
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static void shutDown(String database) throws SQLException {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            // Derby reports a clean shutdown as SQL state 08006
            if (!"08006".equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
    }
}
