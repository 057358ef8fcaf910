package org.association.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's monitoring port, where its metrics are: read as operations would read them. */
public final class Monitoring {

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)\\{[^}]*\\} ([0-9.E]+)$", Pattern.MULTILINE);

    private Monitoring() {
    }

    /** The application's metrics now, by name as Prometheus reads them (say "association_logins_total"). */
    public static Map<String, Double> applicationMetrics() {
        Matcher sample = SAMPLE.matcher(get("/metrics?scope=application"));
        Map<String, Double> metrics = new TreeMap<>();
        while (sample.find()) {
            metrics.put(sample.group(1), Double.valueOf(sample.group(2)));
        }
        return metrics;
    }

    /** A GET on the monitoring port (8190 moved by the tests' port offset), on this machine. */
    public static String get(String path) {
        int port = 8190 + Integer.parseInt(System.getProperty("it.port.offset", "0"));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), path + " on the monitoring port");
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("the monitoring port " + port + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
