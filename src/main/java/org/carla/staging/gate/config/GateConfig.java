package org.carla.staging.gate.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gate's whole configuration, loaded once and validated on load (system property > environment
 * variable > {@code staging.properties}, which holds every default). Every key is read here, once, and
 * parsed into a typed value: no test reads a raw setting, and a bad value fails in the first second with
 * its key and fix. Immutable; secrets the stack needs but nobody gave are made here, once per run, so
 * every part of the run sees the same ones.
 */
public record GateConfig(
        Target target,
        WorldChoice world,
        Path projectDir,
        List<Path> composeFiles,
        Path airgapFile,
        String projectName,
        String bindAddress,
        Ports ports,
        Endpoints endpoints,
        String databaseName,
        Credentials database,
        Credentials admin,
        Credentials grafanaAdmin,
        String jwtSecret,
        App app,
        List<String> faults,
        boolean strictServices,
        Timeouts timeouts,
        Map<String, URI> readinessProbes,
        Thresholds thresholds,
        LoadConfig load,
        SecurityConfig security,
        ContractConfig contract,
        BrowserConfig browser,
        Expectations expectations,
        Semantics semantics,
        MonitoringConfig monitoring,
        PostmanConfig postman,
        ReportConfig report,
        RegressionConfig regression) {

    public static GateConfig read() {
        return read(ConfigSource.fromProcess());
    }

    public static GateConfig read(ConfigSource source) {
        Settings s = new Settings(source);
        Target target = s.choice("staging.target", Target.class);
        Path projectDir = findProjectDir(s);
        Ports ports = new Ports(s.port("staging.backend.port"), s.port("staging.frontend.port"),
                s.port("staging.database.port"), s.port("staging.prometheus.port"),
                s.port("staging.grafana.port"), s.port("staging.loki.port"), s.port("staging.postgres.exporter.port"),
                s.port("staging.cadvisor.port"), s.port("staging.alertmanager.port"), s.port("staging.alert.receiver.port"));
        boolean external = target == Target.EXTERNAL;
        String dbName = s.text("staging.database.name");
        Endpoints endpoints = endpoints(s, ports, external, dbName);
        List<Path> composeFiles = new ArrayList<>();
        composeFiles.add(s.path("staging.compose.file", projectDir));
        s.list("staging.compose.extra.files").forEach(f -> composeFiles.add(projectDir.resolve(f).normalize()));
        if (target == Target.COMPOSE) composeFiles.forEach(f -> requireFile("staging.compose.file", f));
        GateConfig config = new GateConfig(target,
                s.choice("staging.world", WorldChoice.class),
                projectDir,
                List.copyOf(composeFiles),
                s.path("staging.compose.airgap.file", projectDir),
                s.text("staging.project.name"),
                s.text("staging.bind.address"),
                ports,
                endpoints,
                dbName,
                new Credentials(s.text("staging.database.user"), s.text("staging.database.password")),
                // A password the application's own policy accepts (upper, lower, digit; bcrypt's 72 bytes at most:
                // 11 + 40 here), since the gate registers it.
                new Credentials(s.text("staging.admin.username"), secret(s, "staging.admin.password", external, "Gate-Admin-", 20)),
                new Credentials(s.text("staging.grafana.user"), secret(s, "staging.grafana.password", external, "", 32)),
                secret(s, "staging.jwt.secret", external, "", 32),
                App.read(s, projectDir),
                s.list("staging.faults"),
                s.flag("staging.strict.services"),
                new Timeouts(s.duration("staging.timeout.startup"), s.duration("staging.timeout.eventually"),
                        s.duration("staging.timeout.poll"), s.duration("staging.timeout.http")),
                readinessProbes(s, endpoints),
                new Thresholds(s.positiveLong("staging.threshold.api.ms"), s.positiveLong("staging.threshold.frontend.load.ms"),
                        s.positiveLong("staging.threshold.database.query.ms"), s.positiveLong("staging.threshold.container.startup.ms")),
                LoadConfig.read(s, ports.byService().keySet()),
                SecurityConfig.read(s, projectDir),
                ContractConfig.read(s),
                BrowserConfig.read(s),
                Expectations.read(s),
                Semantics.read(s),
                MonitoringConfig.read(s, projectDir),
                PostmanConfig.read(s, projectDir),
                ReportConfig.read(s, projectDir),
                RegressionConfig.read(s, projectDir));
        config.validatePorts();
        return config;
    }

    /**
     * Services judged ready from outside, by a GET the gate sends to their published port: the application
     * images, in which nothing (no healthcheck helper, no curl) is assumed.
     */
    private static Map<String, URI> readinessProbes(Settings s, Endpoints endpoints) {
        Map<String, URI> probes = new LinkedHashMap<>();
        for (String entry : s.list("staging.readiness.probes")) {
            String[] parts = entry.split(":", 2);
            URI base = parts.length == 2 ? endpoints.of(parts[0].strip()).orElse(null) : null;
            if (base == null || !parts[1].strip().startsWith("/")) {
                throw new ConfigException("staging.readiness.probes", "'" + entry + "' is not service:/path of an HTTP service",
                        "write e.g. backend:/health,frontend:/");
            }
            probes.put(parts[0].strip(), URI.create(base + parts[1].strip()));
        }
        return Map.copyOf(probes);
    }

    /** Where the gate reaches each service: given URLs, else the published ports on staging.host (required for external). */
    private static Endpoints endpoints(Settings s, Ports ports, boolean external, String dbName) {
        // The host the published ports are reached on: loopback here, the dind service ("docker") in CI.
        String host = s.text("staging.host");
        String externalFix = "with -Dstaging.target=external every service URL must be given";
        return new Endpoints(
                s.url("staging.backend.url", external ? null : "http://" + host + ":" + ports.backend()),
                s.url("staging.frontend.url", external ? null : "http://" + host + ":" + ports.frontend()),
                s.url("staging.prometheus.url", external ? null : "http://" + host + ":" + ports.prometheus()),
                s.url("staging.grafana.url", "http://" + host + ":" + ports.grafana()),
                s.url("staging.loki.url", "http://" + host + ":" + ports.loki()),
                external ? s.required("staging.database.jdbc.url", externalFix)
                        : s.optional("staging.database.jdbc.url").orElse("jdbc:postgresql://" + host + ":" + ports.database() + "/" + dbName),
                s.url("staging.alertmanager.url", "http://" + host + ":" + ports.alertmanager()),
                s.url("staging.alert.receiver.url", "http://" + host + ":" + ports.alertReceiver()));
    }

    /** The variables the compose files interpolate: ports, bind address, database, secrets, images, schema, faults. */
    public Map<String, String> composeEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("STAGING_BIND_ADDRESS", bindAddress);
        ports.byService().forEach((service, port) -> env.put(ConfigSource.envName(Ports.settingKey(service)), String.valueOf(port)));
        env.put("STAGING_DB_NAME", databaseName);
        env.put("STAGING_DB_USER", database.username());
        env.put("STAGING_DB_PASSWORD", database.password());
        env.put("STAGING_JWT_SECRET", jwtSecret);
        env.put("STAGING_GRAFANA_ADMIN_PASSWORD", grafanaAdmin.password());
        env.put("STAGING_FAULTS", String.join(",", faults));
        env.put("STAGING_SCHEMA_DIR", app.schemaDir().toString());
        env.put("STAGING_IMAGE_TAG", app.imageTag());
        app.backendImage().ifPresent(i -> env.put("STAGING_BACKEND_IMAGE", i));
        app.frontendImage().ifPresent(i -> env.put("STAGING_FRONTEND_IMAGE", i));
        return env;
    }

    public boolean usesContainers() {
        return target == Target.COMPOSE;
    }

    private void validatePorts() {
        Map<Integer, String> seen = new LinkedHashMap<>();
        ports.byService().forEach((service, port) -> {
            String other = seen.putIfAbsent(port, service);
            if (other != null && target == Target.COMPOSE) {
                throw new ConfigException(Ports.settingKey(service), "port " + port + " is also given to " + other,
                        "give each service its own host port");
            }
        });
    }

    private static String secret(Settings s, String key, boolean external, String prefix, int randomBytes) {
        Optional<String> given = s.optional(key);
        if (given.isPresent() || external) return given.orElse("");
        byte[] bytes = new byte[randomBytes];
        new SecureRandom().nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    private static void requireFile(String key, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(key, "compose file " + file + " does not exist",
                    "run from the staging-gate checkout, or set staging.project.dir to it");
        }
    }

    /** The checkout holding compose/: configured, or found upwards from the working directory (IDE runs). */
    private static Path findProjectDir(Settings s) {
        Optional<String> configured = s.optional("staging.project.dir");
        if (configured.isPresent()) return Path.of(configured.get()).toAbsolutePath().normalize();
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("compose"))) return p;
        }
        return dir;
    }
}
