package org.association.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.association.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ./run.sh as a person runs it: on the HTTP port they asked for, told on the console when their admin password is
 * refused, and stopped by a signal at any moment (to the script alone, or to its whole process group as a terminal
 * or a service manager sends it) with no Java process left. The script runs its own domain ("association") in
 * this build's Payara, beside the tests' ones, at ports of its own: the administration port 4848 + 20500, and
 * the HTTP port set by ASSOCIATION_HTTP_PORT apart from the one the offset would give (28580). Needs ITEST_EXCLUSIVE.
 */
class RunScriptIT {

    private static final int PORT_OFFSET = 20500;
    private static final int HTTP_PORT = 28380;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(3);

    private final Path root = Path.of(required("association.config.dir")).getParent().toAbsolutePath().normalize();
    private final Path buildDir = Path.of(required("association.build.dir"));
    private final String payaraHome = Path.of(required("payara.home")).toAbsolutePath().normalize().toString();
    /** A process of run.sh's domain: its server, or an asadmin of this Payara that starts or stops it. */
    private final Pattern domainProcess = Pattern.compile("/domains/association(?![-\\w])| association$");
    private Process script;
    private Path console;

    @Test
    void servesOnTheHttpPortItIsGivenAndStopsOnSigtermToTheScript() throws IOException {
        start(Map.of());
        awaitConsole("The association site is running at http://localhost:" + HTTP_PORT + "/");
        HttpResponse<String> feed = get("/en/feed.atom");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.body().contains("<feed"), feed.body());
        assertEquals(200, get("/en/").statusCode());
        assertEquals(-1, status(8080 + PORT_OFFSET, "/"), "nothing on the port the offset alone would give");

        script.destroy(); // SIGTERM to the script alone
        awaitEnd();
        assertNothingLeft();
        assertTrue(console().contains("Stopped."), console());
    }

    /** The moment is a line the script prints: while the server boots, while the EAR deploys, while the site loads. */
    @ParameterizedTest
    @ValueSource(strings = {"Waiting for the server to start", "Deploying", "Waiting for the site"})
    void aSigtermToTheWholeProcessGroupDuringAStartLeavesNothing(String moment) throws IOException, InterruptedException {
        start(Map.of());
        awaitConsole(moment);
        await("the server's JVM and the asadmin that started it", () -> domainProcesses().size() >= 2);
        assertEquals(script.pid(), processGroup(script.pid()), "run.sh leads a process group of its own");

        Process kill = new ProcessBuilder("kill", "-TERM", "--", "-" + script.pid()).inheritIO().start();
        assertEquals(0, kill.waitFor());
        awaitEnd();
        assertNothingLeft();
    }

    @Test
    void refusesABadAdminPasswordOnTheConsoleBeforeStartingAnything() throws IOException {
        start(Map.of("ASSOCIATION_ADMIN_PASSWORD", "the admin's own passphrase"));
        awaitEnd();
        assertNotEquals(0, script.exitValue());
        String said = console();
        assertTrue(said.contains("ASSOCIATION_ADMIN_PASSWORD is refused: it is a common password, contains the user name admin"),
                said);
        assertTrue(said.contains("needs at least 12 and at most 128 characters"), said);
        assertTrue(!said.contains("Starting Payara Server"), said);
        assertNothingLeft();
    }

    /** Whatever a test left, the next one (and the rest of the suite) must not meet it. */
    @AfterEach
    void endScript() {
        if (script != null && script.isAlive()) {
            script.destroyForcibly();
        }
        for (ProcessHandle left : domainProcesses()) {
            left.destroyForcibly();
        }
    }

    /**
     * Starts run.sh in a process group of its own (setsid), with no setting of the suite's environment, only these:
     * what it built is there already (ASSOCIATION_BUILD=false), ports of its own, a data folder of its own.
     */
    private void start(Map<String, String> settings) throws IOException {
        console = Files.createTempFile(buildDir, "run-script-", ".log");
        ProcessBuilder builder = new ProcessBuilder("setsid", root.resolve("run.sh").toString()).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("ASSOCIATION_"));
        builder.environment()
                .putAll(Map.of("ASSOCIATION_BUILD", "false", "ASSOCIATION_PORT_OFFSET", Integer.toString(PORT_OFFSET),
                "ASSOCIATION_HTTP_PORT", Integer.toString(HTTP_PORT),
                "ASSOCIATION_DATA_DIR", buildDir.resolve("run-script-data").toString()));
        builder.environment().putAll(settings);
        script = builder.start();
    }

    private void awaitConsole(String line) {
        await("\"" + line + "\" on the console", () -> {
            if (!script.isAlive()) {
                throw new AssertionError("run.sh ended (" + script.exitValue() + ") before \"" + line + "\":\n"
                        + console());
            }
            return console().contains(line);
        });
    }

    private void awaitEnd() {
        try {
            assertTrue(script.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS),
                    "run.sh did not end within " + STOP_TIMEOUT + ":\n" + console());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void assertNothingLeft() {
        assertEquals(List.of(), domainProcesses().stream().map(this::commandLine).toList(), "processes left:\n" + console());
        assertEquals(-1, status("/feed.atom"), "nothing answers on the site's port");
    }

    private List<ProcessHandle> domainProcesses() {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive).filter(process -> {
            String commandLine = commandLine(process);
            return commandLine.contains(payaraHome) && domainProcess.matcher(commandLine).find();
        })
                .toList();
    }

    /** The whole command line, which ProcessHandle.Info may cut short. */
    private String commandLine(ProcessHandle process) {
        try {
            byte[] arguments = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            return new String(arguments, StandardCharsets.UTF_8).replace('\0', ' ').strip();
        } catch (IOException e) {
            return ""; // ended meanwhile, or not ours to read
        }
    }

    private static long processGroup(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // pid (command) state ppid pgrp ...: the command may hold spaces, so count from its closing parenthesis
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[2]);
    }

    private String console() {
        try {
            return Files.readString(console, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " did not come within " + START_TIMEOUT);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int status(String path) {
        return status(HTTP_PORT, path);
    }

    private static int status(int port, String path) {
        return Http.statusOf("http://localhost:" + port + path);
    }

    private static HttpResponse<String> get(String path) {
        return Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (run the tests with mvn verify)");
        }
        return value;
    }
}
