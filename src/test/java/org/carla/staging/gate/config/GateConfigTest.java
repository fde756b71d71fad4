package org.carla.staging.gate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateConfigTest {
    @TempDir
    Path project;
    private final Map<String, String> system = new HashMap<>();
    private final Map<String, String> env = new HashMap<>();
    private Properties defaults;

    @BeforeEach
    void givenACheckoutWithDefaults() throws Exception {
        Files.createDirectories(project.resolve("compose"));
        Files.writeString(project.resolve("compose/docker-compose.staging.yml"), "services: {}\n");
        defaults = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("staging.properties")) {
            defaults.load(in);
        }
        system.put("staging.project.dir", project.toString());
    }

    private GateConfig load() {
        return GateConfig.read(new ConfigSource(system::get, env, defaults));
    }

    @Test
    void defaultsGiveTheSeedsPortsOnLoopback() {
        GateConfig config = load();
        assertThat(config.ports()).isEqualTo(new Ports(8001, 3001, 5433, 9091, 3002, 3101, 9187, 8081, 9093, 9095));
        assertThat(config.endpoints().backend()).hasToString("http://127.0.0.1:8001");
        assertThat(config.endpoints().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/carla_simulator_staging");
        assertThat(config.target()).isEqualTo(Target.COMPOSE);
        assertThat(config.timeouts().poll()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void systemPropertyBeatsEnvironmentBeatsDefault() {
        env.put("STAGING_BACKEND_PORT", "9001");
        assertThat(load().ports().backend()).isEqualTo(9001);
        system.put("staging.backend.port", "9002");
        assertThat(load().ports().backend()).isEqualTo(9002);
    }

    @Test
    void aBadPortNamesTheKeyAndTheFix() {
        env.put("STAGING_FRONTEND_PORT", "http");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("staging.frontend.port").hasMessageContaining("STAGING_FRONTEND_PORT")
                .hasMessageContaining("not a TCP port").hasMessageContaining("Fix:");
    }

    @Test
    void twoServicesOnOnePortIsRefused() {
        system.put("staging.grafana.port", "3001");
        assertThatThrownBy(this::load).hasMessageContaining("staging.grafana.port").hasMessageContaining("also given to frontend");
    }

    @Test
    void externalTargetNeedsEveryUrl() {
        system.put("staging.target", "external");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class).hasMessageContaining("staging.backend.url");
    }

    @Test
    void externalTargetTakesTheGivenUrls() {
        system.put("staging.target", "external");
        system.put("staging.backend.url", "https://api.staging.example.org/");
        system.put("staging.frontend.url", "https://staging.example.org");
        system.put("staging.prometheus.url", "https://prom.staging.example.org");
        system.put("staging.database.jdbc.url", "jdbc:postgresql://db.example.org:5432/carla");
        GateConfig config = load();
        assertThat(config.endpoints().backend()).hasToString("https://api.staging.example.org");
        assertThat(config.usesContainers()).isFalse();
        assertThat(config.jwtSecret()).as("no secret is invented for a stack the gate did not start").isEmpty();
    }

    @Test
    void unknownTargetListsTheChoices() {
        system.put("staging.target", "kubernetes");
        assertThatThrownBy(this::load).hasMessageContaining("[compose, external]");
    }

    @Test
    void missingComposeFileSaysWhereTheGateLooked() {
        system.put("staging.compose.file", "compose/nope.yml");
        assertThatThrownBy(this::load).hasMessageContaining("nope.yml").hasMessageContaining("does not exist");
    }

    @Test
    void durationsReadLikePeopleWriteThem() {
        assertThat(Settings.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Settings.parseDuration("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Settings.parseDuration("3m")).isEqualTo(Duration.ofMinutes(3));
        assertThat(Settings.parseDuration("PT2M")).isEqualTo(Duration.ofMinutes(2));
        env.put("STAGING_TIMEOUT_STARTUP", "soon");
        assertThatThrownBy(this::load).hasMessageContaining("staging.timeout.startup").hasMessageContaining("30s");
    }

    @Test
    void composeEnvironmentCarriesPortsSecretsAndFaults() {
        system.put("staging.faults", "slow-api, no-metrics");
        GateConfig config = load();
        Map<String, String> compose = config.composeEnvironment();
        assertThat(compose).containsEntry("STAGING_BACKEND_PORT", "8001").containsEntry("STAGING_BIND_ADDRESS", "127.0.0.1")
                .containsEntry("STAGING_FAULTS", "slow-api,no-metrics");
        assertThat(compose.get("STAGING_JWT_SECRET")).as("generated per run: 256 bits").hasSize(64);
        assertThat(config.admin().toString()).doesNotContain(config.admin().password());
    }

    @Test
    void loadLevelsAndThresholdsAreParsedOnLoad() {
        system.put("staging.load.thresholds.heavy", "http_req_duration: p(99)<2000");
        LoadConfig load = load().load();
        assertThat(load.levels()).extracting(LoadConfig.Level::name).containsExactly("light", "medium", "heavy", "stress");
        assertThat(load.levels()).extracting(LoadConfig.Level::users).containsExactly(5, 10, 20, 50);
        assertThat(load.thresholds("heavy")).hasSize(1).first().hasToString("http_req_duration: p(99)<2000");
        assertThat(load.thresholds("light")).as("the common line").hasSize(3);
        assertThat(load.ceilings().get("backend").memoryMiB()).isEqualTo(512.0);
    }

    @Test
    void aThresholdTypoFailsOnLoadWithItsKey() {
        system.put("staging.load.thresholds.stress", "http_req_duration: p95<2500");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class)
                .hasMessageContaining("staging.load.thresholds.stress").hasMessageContaining("Fix:");
    }

    @Test
    void aBadLoadLevelOrCeilingNamesItsKey() {
        system.put("staging.load.levels", "light:five");
        assertThatThrownBy(this::load).hasMessageContaining("staging.load.levels").hasMessageContaining("light:five");
        system.put("staging.load.levels", "light:5");
        system.put("staging.load.ceiling.frontend.cpu.percent", "lots");
        assertThatThrownBy(this::load).hasMessageContaining("staging.load.ceiling.frontend.cpu.percent");
    }

    @Test
    void securityBrowserAndExpectationsAreTyped() {
        system.put("staging.security.throttle", "warn");
        system.put("staging.security.policy", "my-policy.properties");
        system.put("staging.expected.version", "1.4.2");
        GateConfig config = load();
        assertThat(config.security().throttle()).isEqualTo(Enforcement.WARN);
        assertThat(config.security().tokenMaxLifetime()).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(config.security().unknownRoutes()).isEqualTo(Enforcement.WARN);
        assertThat(config.security().policyFile()).contains(project.resolve("my-policy.properties"));
        assertThat(config.browser().loads()).isEqualTo(5);
        assertThat(config.browser().chromium()).isEmpty();
        assertThat(config.expectations().version()).contains("1.4.2");
        assertThat(config.expectations().databaseTables()).contains("users", "simulation_reports");
        system.put("staging.browser.required", "maybe");
        assertThatThrownBy(this::load).hasMessageContaining("staging.browser.required").hasMessageContaining("true or false");
    }

    @Test
    void everyKeyHasItsDefaultInTheDefaultsFileOnly() {
        defaults.remove("staging.load.duration");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class).hasMessageContaining("staging.load.duration")
                .hasMessageContaining("is not set");
    }

    @Test
    void seedValuesAreSettingsWithTheSeedsDefaults() {
        Semantics semantics = load().semantics();
        assertThat(semantics.scenarios()).containsExactly("follow_route", "avoid_obstacle", "emergency_brake", "vehicle_cutting");
        assertThat(semantics.backendEnvironment()).containsEntry("ENVIRONMENT", "staging").containsEntry("LOG_LEVEL", "INFO")
                .containsEntry("DEBUG", "false").containsEntry("TESTING", "false");
        assertThat(semantics.metricsRetention()).isEqualTo(Duration.ofDays(7));
        assertThat(semantics.containerPorts()).containsEntry("backend", 8000).containsEntry("loki", 3100).containsEntry("cadvisor", 8080).hasSize(10);
        assertThat(semantics.debugLogLine().matcher("2026-11-30T08:51:37Z {\"level\": \"DEBUG\", \"message\": \"x\"}").find()).isTrue();
        assertThat(semantics.debugLogLine().matcher("2026-11-30 08:51:37 - DEBUG - Fetching available scenarios").find()).isTrue();
        assertThat(semantics.debugLogLine().matcher("2026-11-30T08:51:37Z DEBUG:    uvicorn").find()).isTrue();
        assertThat(semantics.debugLogLine().matcher("{\"level\": \"INFO\", \"message\": \"DEBUG=false\"}").find()).isFalse();
        assertThat(semantics.health().unhealthyValues()).contains("down", "degraded");
        assertThat(semantics.metrics().counter()).isEqualTo("carla_api_requests_total");
        assertThat(semantics.metrics().excludedEndpoints()).containsExactly("/health", "/metrics");
        assertThat(semantics.metrics().allowedDifference(1000, true)).isEqualTo(semantics.metrics().toleranceRequests() + 10);
        assertThat(load().expectations().version()).contains("staging");
    }

    @Test
    void aBadSeedValueNamesItsKeyAndFix() {
        system.put("staging.expected.metrics.retention", "seven days");
        assertThatThrownBy(this::load).hasMessageContaining("staging.expected.metrics.retention").hasMessageContaining("7d");
        system.remove("staging.expected.metrics.retention");
        system.put("staging.expected.backend.environment", "DEBUG");
        assertThatThrownBy(this::load).hasMessageContaining("staging.expected.backend.environment").hasMessageContaining("NAME=value");
        system.remove("staging.expected.backend.environment");
        system.put("staging.metrics.tolerance.ratio", "5%");
        assertThatThrownBy(this::load).hasMessageContaining("staging.metrics.tolerance.ratio").hasMessageContaining("0.01");
        system.remove("staging.metrics.tolerance.ratio");
        system.put("staging.expected.container.ports", "backend=8000");
        assertThatThrownBy(this::load).hasMessageContaining("staging.expected.container.ports").hasMessageContaining("backend:8000");
    }

    @Test
    void monitoringServicesHaveTheirOwnPortsAndEnvironmentNames() {
        env.put("STAGING_POSTGRES_EXPORTER_PORT", "19187");
        GateConfig config = load();
        assertThat(config.ports().byService()).containsEntry("postgres-exporter", 19187).containsEntry("cadvisor", 8081)
                .containsEntry("alertmanager", 9093).containsEntry("alert-receiver", 9095);
        assertThat(config.composeEnvironment()).containsEntry("STAGING_POSTGRES_EXPORTER_PORT", "19187")
                .containsEntry("STAGING_ALERT_RECEIVER_PORT", "9095");
        assertThat(config.endpoints().alertReceiver()).hasToString("http://127.0.0.1:9095");
        assertThat(config.endpoints().of("alertmanager")).hasValueSatisfying(u -> assertThat(u).hasToString("http://127.0.0.1:9093"));
    }

    @Test
    void aMonitoringPortClashNamesItsKey() {
        system.put("staging.alert.receiver.port", "9093");
        assertThatThrownBy(this::load).hasMessageContaining("staging.alert.receiver.port").hasMessageContaining("also given to alertmanager");
    }

    @Test
    void keyMetricsAreNamedSelectorsInTheSeedsOrder() {
        MonitoringConfig monitoring = load().monitoring();
        assertThat(monitoring.keyMetrics()).containsKeys("container CPU", "API error rates", "database connections", "security events");
        assertThat(monitoring.keyMetrics().get("database up")).isEqualTo("pg_up == 1");
        assertThat(monitoring.keyMetrics().get("container memory")).isEqualTo("container_memory_usage_bytes{compose_project=\"$project\"}");
        assertThat(monitoring.dashboards()).containsExactly(project.resolve("compose/grafana/dashboards"));
        assertThat(monitoring.liveAlertTimeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aKeyMetricWithoutANameIsRefusedWithTheFix() {
        system.put("staging.monitoring.key.metrics", "up; database: pg_up");
        assertThatThrownBy(this::load).isInstanceOf(ConfigException.class).hasMessageContaining("staging.monitoring.key.metrics")
                .hasMessageContaining("'up' is not 'name: PromQL selector'");
    }

    @Test
    void moreDashboardFoldersAreAddedByTheList() {
        system.put("staging.monitoring.dashboards", "compose/grafana/dashboards, ../upstream/deployment/monitoring/dashboards");
        assertThat(load().monitoring().dashboards()).containsExactly(project.resolve("compose/grafana/dashboards"),
                project.resolve("../upstream/deployment/monitoring/dashboards").normalize());
    }

    @Test
    void postmanHistoryAndRegressionSettingsAreTyped() {
        GateConfig config = load();
        assertThat(config.postman().enabled()).isTrue();
        assertThat(config.postman().collection()).isEqualTo(project.resolve("postman/staging-api.postman_collection.json"));
        assertThat(config.postman().newman()).isEqualTo(project.resolve("postman/node_modules/.bin/newman"));
        assertThat(config.postman().timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.report().historyDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".cache/staging-gate/allure-history"));
        RegressionConfig regression = config.regression();
        assertThat(regression.enforcement()).isEqualTo(Enforcement.WARN);
        assertThat(regression.baselineDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".cache/staging-gate/perf-baselines"));
        assertThat(regression.minEffect()).isEqualTo(0.2);
        assertThat(regression.confidence()).isEqualTo(0.95);
        assertThat(regression.block()).isEqualTo(Duration.ofSeconds(1));
        assertThat(regression.machine()).isEmpty();
        assertThat(regression.baselineRuns()).isEqualTo(5);
        assertThat(regression.minBaselineRuns()).isEqualTo(3);
        assertThat(regression.floorMs()).isEqualTo(1.0);
        system.put("staging.report.history.dir", "build/history");
        assertThat(load().report().historyDir()).isEqualTo(project.resolve("build/history"));
    }

    @Test
    void aBadRegressionSettingNamesItsKey() {
        env.put("STAGING_REGRESSION_ENFORCEMENT", "loud");
        assertThatThrownBy(this::load).hasMessageContaining("staging.regression.enforcement").hasMessageContaining("warn");
        env.clear();
        system.put("staging.regression.min.effect", "30%");
        assertThatThrownBy(this::load).hasMessageContaining("staging.regression.min.effect").hasMessageContaining("between 0 and 1");
        system.put("staging.regression.min.effect", "0.3");
        system.put("staging.regression.min.blocks", "2");
        assertThatThrownBy(this::load).hasMessageContaining("staging.regression.min.blocks");
        system.put("staging.regression.min.blocks", "5");
        system.put("staging.regression.min.baseline.runs", "6");
        assertThatThrownBy(this::load).hasMessageContaining("staging.regression.min.baseline.runs").hasMessageContaining("keeps");
    }

    @Test
    void theGeneratedAdminPasswordFitsBcryptsLimit() {
        assertThat(load().admin().password()).matches("Gate-Admin-[0-9a-f]{40}");
        assertThat(load().admin().password().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(72);
    }
}
