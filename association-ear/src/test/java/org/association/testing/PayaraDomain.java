package org.association.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Payara domain of its own for tests that need a server besides Arquillian's (another database, a
 * crash, a restore): made by config/prepare-domain.sh with the given settings, exactly as run.sh makes
 * one, at the tests' port offset + 500 (HTTP 8580 and administration 5348 when the suite runs at offset
 * 0), started, given the built EAR, killed or stopped. {@link #close()} leaves nothing running.
 */
public final class PayaraDomain implements AutoCloseable {

    public static final String NAME = "association-extra";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SITE_TIMEOUT = Duration.ofMinutes(4);

    private final Path payaraHome = Path.of(required("payara.home"));
    private final Path configDir = configDir();
    private final int portOffset = portOffset();
    private final Map<String, String> settings;
    private final Path postboot;
    private boolean configured;

    private PayaraDomain(Map<String, String> settings, boolean bare) {
        this.settings = Map.copyOf(settings);
        List<String> prepare = new ArrayList<>(List.of("bash", configDir.resolve("prepare-domain.sh").toString(), "--payara-home",
                payaraHome.toString(), "--domain", NAME, "--data-dir", settings.get("ASSOCIATION_DATA_DIR"), "--libs",
                required("association.server.lib"), "--port-offset", Integer.toString(portOffset), "--http-port",
                Integer.toString(httpPort())));
        if (bare) {
            prepare.add("--bare");
        }
        String output = run(prepare).strip();
        this.postboot = bare ? null : Path.of(output.lines().reduce((first, second) -> second).orElseThrow());
        this.configured = bare;
    }

    /**
     * A fresh domain configured by config/ with these settings (the environment variables domain-commands.sh
     * reads; ASSOCIATION_DATA_DIR is required, as for run.sh). Nothing runs yet.
     */
    public static PayaraDomain prepare(Map<String, String> settings) {
        return new PayaraDomain(settings, false);
    }

    /**
     * A plain copy of Payara's domain1 at this range's ports, as an operator's existing domain is before
     * {@link #setUpWithScript()}; the settings are what the operator gives that script.
     */
    public static PayaraDomain prepareBare(Map<String, String> settings) {
        return new PayaraDomain(settings, true);
    }

    /** Runs config/setup-domain.sh against the running domain, as an operator would (it restarts the domain). */
    public void setUpWithScript() {
        Map<String, String> environment = new HashMap<>(settings);
        // the metrics' port moves with this range like the others, clear of the Arquillian domain's
        environment.put("ASSOCIATION_MONITORING_PORT", Integer.toString(8190 + portOffset()));
        run(List.of("bash", configDir.resolve("setup-domain.sh").toString(), "--domain", NAME, "--asadmin", asadmin(), "--port",
                Integer.toString(adminPort())), environment);
    }

    /**
     * The tests' port offset (it.port.offset) + 500: a range of its own beside Arquillian's domain. Not
     * + 1000: that puts this domain's data grid port (4900 + offset) on the other's (5900 + offset).
     */
    public static int portOffset() {
        return Integer.getInteger("it.port.offset", 0) + 500;
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort();
    }

    public Path domainDir() {
        return payaraHome.resolve("glassfish/domains/" + NAME);
    }

    public Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    /** Starts the server; the first start applies the configuration and stores the database and mail passwords. */
    public void start() {
        List<String> command = new ArrayList<>(List.of(asadmin(), "start-domain"));
        if (!configured) {
            command.addAll(List.of("--postbootcommandfile", postboot.toString()));
        }
        command.add(NAME);
        run(command);
        boolean passwords = settings.containsKey("ASSOCIATION_DB_PASSWORD") || settings.containsKey("ASSOCIATION_MAIL_PASSWORD");
        if (!configured && passwords) {
            run(List.of("bash", "-c", "source \"$0\" && association_store_passwords \"$@\"",
                    configDir.resolve("domain-commands.sh").toString(), asadmin(), "--port", Integer.toString(adminPort())));
        }
        configured = true;
    }

    /** Deploys an EAR under the name run.sh uses and waits until the site answers. */
    public void deploy(Path ear) {
        run(List.of(asadmin(), "--port", Integer.toString(adminPort()), "deploy", "--name", "association",
                "--virtualservers", "server", ear.toString()));
        awaitSite();
    }

    /** The EAR this build made (system property association.ear). */
    public static Path builtEar() {
        return Path.of(required("association.ear"));
    }

    /**
     * Waits until the application answers, with the scripts' own wait (config/domain-commands.sh,
     * association_await_site): GET /feed.atom, which only the application serves (Payara's own welcome page answers
     * / while the application is still loading), while the server runs; after a deploy, or after a start of a
     * domain that has the EAR.
     */
    public void awaitSite() {
        String server = serverProcess().map(process -> Long.toString(process.pid()))
                .orElseThrow(() -> new AssertionError("no running server of " + NAME + "; see " + serverLog()));
        try {
            run(List.of("bash", "-c", "source \"$0\" && association_await_site \"$@\"",
                    configDir.resolve("domain-commands.sh").toString(), Long.toString(SITE_TIMEOUT.toSeconds()), server,
                    Integer.toString(httpPort())));
        } catch (AssertionError e) {
            throw new AssertionError("the site at " + baseUrl() + " did not come up; see " + serverLog(), e);
        }
    }

    public void stop() {
        run(List.of(asadmin(), "stop-domain", NAME));
    }

    /** Kills the server's JVM with SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() {
        ProcessHandle server = serverProcess().orElseThrow(() -> new AssertionError("no running server of " + NAME));
        server.destroyForcibly();
        server.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    /** The server's JVM, from the pid file Payara keeps in the domain's config folder. */
    public Optional<ProcessHandle> serverProcess() {
        Path pidFile = domainDir().resolve("config/pid");
        try {
            return Files.isRegularFile(pidFile)
                    ? ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).filter(ProcessHandle::isAlive)
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int status(String path) {
        return Http.statusOf(baseUrl() + path);
    }

    /** Stops the server if it runs, or kills it when it will not stop. */
    @Override
    public void close() {
        if (serverProcess().isEmpty()) {
            return;
        }
        try {
            stop();
        } finally {
            serverProcess().ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** Runs a command with the domain's settings in its environment and answers what it printed. */
    public String run(List<String> command) {
        return run(command, settings);
    }

    /**
     * Runs a command with these variables added to its environment and answers what it printed; its output
     * is also kept in target/association-extra-commands.log. The output goes through a file, not a pipe: a
     * server that asadmin starts inherits it and would keep a pipe open.
     */
    public static String run(List<String> command, Map<String, String> environment) {
        Path log = Path.of(required("association.build.dir"), NAME + "-commands.log");
        try {
            Path output = Files.createTempFile(log.getParent(), NAME, ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished = process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            Files.writeString(log, "$ " + String.join(" ", command) + "\n" + printed, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (!finished) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + COMMAND_TIMEOUT + ":\n" + printed);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(command + " failed (" + process.exitValue() + "):\n" + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The config/ folder of this checkout. */
    public static Path configDir() {
        return Path.of(required("association.config.dir"));
    }

    private int adminPort() {
        return 4848 + portOffset;
    }

    private String asadmin() {
        return payaraHome.resolve("bin/asadmin").toString();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (run the tests with mvn verify)");
        }
        return value;
    }
}
