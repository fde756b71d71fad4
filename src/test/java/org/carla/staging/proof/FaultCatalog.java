package org.carla.staging.proof;

import static org.carla.staging.proof.SeededFault.env;
import static org.carla.staging.proof.SeededFault.override;
import static org.carla.staging.proof.SeededFault.setting;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.config.GateConfig;

/**
 * Every fault the reference stack can re-introduce (STAGING_FAULTS in compose/backend and
 * compose/frontend, override files in compose/faults), grouped so one stack start serves several.
 * Every tag is exercised: prereq, service, performance, integration, security.
 */
final class FaultCatalog {
    private FaultCatalog() {
    }

    static List<FaultGroup> groups() {
        return List.of(
                new FaultGroup("prereq: a host port taken", List.of(
                        new SeededFault("port-8001-taken", "port conflict", Map.of(), "prereq", java.util.Set.of("PrerequisitesTest#eachHostPortIsFree"))),
                        List.of("prereq.PrerequisitesTest"), Map.of(), FaultCatalog::holdBackendPort),
                new FaultGroup("backend security defects", List.of(
                        env("reset-password-open", "password reset without authentication (upstream 1)", "security", "AccountSafetyTest#passwordResetNeedsAuthentication"),
                        env("tenant-override", "tenant chosen by query/header (upstream 2)", "security", "TenantIsolationTest#tenantSelectorsAreNotTrusted", "AccessControlTest#tenantResourcesRefuseAnotherTenant"),
                        env("ws-no-auth", "WebSocket without token (upstream 3)", "security", "WebSocketTest"),
                        env("default-jwt-secret", "JWT signed with a public default secret (upstream 4)", "security", "TokenAttackTest#tokenSignedWithAWellKnownSecretIsRejected"),
                        env("cors-reflect", "CORS reflects any origin with credentials (upstream 5)", "security", "PassiveScanTest", "CorsTest"),
                        env("admin-open", "admin routes open to any user", "security", "AccessControlTest#adminRoutesRejectNormalUsers"),
                        env("server-header", "version banner in Server / X-Powered-By", "security", "SecurityHeadersTest#backendSendsNoVersionBanner", "PassiveScanTest"),
                        env("weak-password", "weak password accepted", "security", "AccountSafetyTest#passwordPolicyIsEnforced"),
                        env("no-login-throttle", "unlimited login attempts", "security", "AccountSafetyTest#repeatedFailedLoginsAreThrottled"),
                        env("token-survives-logout", "token valid after logout", "security", "TokenAttackTest#tokenIsRejectedAfterLogout"),
                        env("sql-injection", "SQL built by string concatenation", "security", "BadInputTest")),
                        List.of("security.AccessControlTest", "security.TenantIsolationTest", "security.SecurityHeadersTest",
                                "security.TokenAttackTest", "security.AccountSafetyTest", "security.WebSocketTest", "security.BadInputTest",
                                "security.PassiveScanTest"), Map.of()),
                new FaultGroup("integration defects", List.of(
                        env("no-metrics", "metrics no longer exposed", "integration", "MonitoringTest"),
                        env("proxy-broken", "nginx /api/ proxy broken", "integration", "FrontendBackendTest#proxiedApiAnswersLikeTheBackend"),
                        env("version-mismatch", "frontend and backend versions differ", "integration", "FrontendBackendTest#frontendAndBackendVersionsMatch"),
                        env("server-error", "endpoint answers 5xx with a stack trace", "integration", "OpenApiContractTest"),
                        env("spa-no-fallback", "SPA deep links answer 404", "integration", "FrontendBackendTest#deepLinksServeTheApplication"),
                        env("header-dropped", "security headers lost on one nginx location (upstream 6)", "security", "SecurityHeadersTest#everyFrontendLocationSendsSecurityHeaders")),
                        List.of("integration.MonitoringTest", "integration.FrontendBackendTest", "integration.OpenApiContractTest",
                                "security.SecurityHeadersTest"), Map.of("staging.timeout.eventually", "20s")),
                new FaultGroup("service and performance defects", List.of(
                        env("version-empty", "empty /version.txt (upstream 6)", "service", "SeedUrlsTest#frontendVersionFileIsNotEmpty"),
                        env("slow-api", "API answers slower than 1 s", "performance", "ExpectedPerformanceTest#publicApiRoutesAnswerInTime", "LoadLevelsTest"),
                        env("server-tokens", "nginx version in Server header", "security", "SecurityHeadersTest#everyFrontendLocationSendsSecurityHeaders")),
                        List.of("service.SeedUrlsTest", "performance.ExpectedPerformanceTest", "security.SecurityHeadersTest"),
                        Map.of("staging.timeout.http", "20s")),
                new FaultGroup("stack structure defects", List.of(
                        override("frontend-on-data-network", "frontend can reach the database", "security", "NetworkIsolationTest#frontendCannotReachTheDatabase"),
                        override("backend-as-root", "container runs as root with added capabilities", "security", "ContainerHygieneTest"),
                        override("dead-scrape-target", "a Prometheus target that is always down (upstream 7)", "integration", "MonitoringTest#noScrapeTargetIsDown"),
                        setting("ports-on-all-interfaces", "staging.bind.address", "0.0.0.0", "published ports reachable from the network", "security",
                                "NetworkIsolationTest#publishedPortsAreBoundToLoopback")),
                        List.of("security.NetworkIsolationTest", "security.ContainerHygieneTest", "integration.MonitoringTest"),
                        Map.of("staging.timeout.eventually", "25s")),
                new FaultGroup("security policy defects", List.of(
                        env("anonymous-reports", "a user route serves anonymous callers (upstream: most tenant routes)", "security",
                                "AccessControlTest#everyProtectedRouteRefusesAnonymousCallers"),
                        env("list-leak", "a collection lists every tenant's data", "security", "TenantIsolationTest#tenantSelectorsAreNotTrusted"),
                        env("undeclared-route", "a served route no policy lists, open to anyone", "security",
                                "AccessControlTest#everyServedRouteIsInThePolicy"),
                        env("password-in-log", "a password written to the service log", "security", "CanarySecretsTest"),
                        env("password-echo", "a password echoed in an answer (and so in the report)", "security", "CanarySecretsTest"),
                        env("dsn-in-error", "the database connection string in an error answer", "security", "PassiveScanTest"),
                        env("long-token", "access tokens live 30 days", "security", "AccountHygieneTest#tokenLifetimeIsWithinThePolicy"),
                        setting("database-role-strict", "staging.security.database.role", "FAIL", "the app's database role is a superuser",
                                "security", "AccountHygieneTest#appDatabaseRoleHasLeastPrivilege")),
                        List.of("security.AccessControlTest", "security.TenantIsolationTest", "security.AccountHygieneTest",
                                "security.CanarySecretsTest", "security.PassiveScanTest"),
                        Map.of("staging.security.unknown.routes", "FAIL")),
                new FaultGroup("unhealthy container", List.of(
                        env("unhealthy", "backend healthcheck failing", "service", "ContainersTest")),
                        List.of("service.ContainersTest"), Map.of("staging.timeout.startup", "40s")),
                // issue 12: the gate checks meaning (values and semantics of the seed and the contract)
                new FaultGroup("meaning: seed values and semantics", List.of(
                        env("wrong-scenarios", "scenario list differs from the contract's", "service",
                                "SeedValuesTest#scenarioListIsTheContracts"),
                        env("metrics-version", "version in carla_app_info differs from the build's", "service",
                                "SeedValuesTest#versionIsTheSeedsEverywhere"),
                        override("env-drift", "backend runs with DEBUG=true, TESTING=true (not the seed's environment)", "service",
                                "SeedValuesTest#backendContainerSeesTheSeedsEnvironment"),
                        override("extra-port", "a port the seed's Port Mapping does not list is published", "service",
                                "SeedValuesTest#publishedPortsAreTheSeeds"),
                        override("short-retention", "Prometheus keeps metrics 1 day instead of 7", "service",
                                "MonitoringConfigurationTest#prometheusKeepsMetricsForTheSeedsRetention"),
                        env("debug-log", "backend logs at DEBUG although LOG_LEVEL=INFO", "service",
                                "MonitoringConfigurationTest#backendLogsAtInfoNotDebug"),
                        env("debug-errors", "error answers carry a traceback (debug mode on)", "service",
                                "MonitoringConfigurationTest#errorAnswersCarryNoDebugDetail"),
                        env("health-component-down", "/health answers 200 healthy with a component down", "service",
                                "HealthMeansHealthyTest#everyComponentReportedByHealthIsHealthy"),
                        env("missing-id-ok", "a missing id answered 2xx (DELETE) or 5xx (GET)", "integration",
                                "MissingIdSemanticsTest#missingIdsAnswerNotFound"),
                        env("histogram-skips-errors", "duration histogram leaves out error answers", "integration",
                                "MetricsTruthTest#countersRiseByTheGatesRequestsAfterStart")),
                        List.of("service.SeedValuesTest", "service.MonitoringConfigurationTest", "service.HealthMeansHealthyTest",
                                "integration.MissingIdSemanticsTest", "integration.MetricsTruthTest"),
                        Map.of("staging.timeout.eventually", "20s")),
                new FaultGroup("meaning: metrics all run long and per-endpoint limits", List.of(
                        env("metrics-freeze", "request counter and histogram stop moving mid-run", "integration",
                                "MetricsTruthAtEndTest#countersRiseByTheGatesRequestsAllRunLong"),
                        env("metrics-flap", "the backend's scrape target down for two scrapes mid-run", "integration",
                                "MetricsTruthAtEndTest#everyScrapeTargetStayedUpAllRunLong"),
                        env("slow-login", "one API endpoint slower than 1 s, hidden in the overall p95", "performance",
                                "LoadLevelsTest#seedLoadLevels")),
                        List.of("integration.MetricsTruthTest", "performance.LoadLevelsTest", "integration.MetricsTruthAtEndTest"),
                        Map.of("staging.timeout.eventually", "20s", "staging.load.duration", "6s", "staging.load.warmup", "1s",
                                "staging.load.rampup", "1s")),
                // Issue 13: monitoring as a tested product. One start: each fault has its own catcher.
                new FaultGroup("monitoring defects", List.of(
                        override("exporter-down", "an exporter that is down (postgres-exporter not answering its scrape port)", "integration",
                                "KeyMetricsTest#eachKeyMetricFamilyHasLiveSeries", "MonitoringTest#noScrapeTargetIsDown"),
                        setting("dashboard-missing-metric", "staging.monitoring.dashboards", "compose/grafana/dashboards,compose/faults/dashboards",
                                "a dashboard panel querying a metric that does not exist", "integration",
                                "DashboardQueriesTest#everyPanelAnswersWithoutGrafana"),
                        override("alert-rule-broken", "an alert rule with a broken expression (metric-name typo: never fires)", "integration",
                                "AlertRulesTest#alertRulesPassTheirUnitTests"),
                        override("alertmanager-drops-alerts", "an Alertmanager route that drops the alert", "integration",
                                "AlertDeliveryTest#aStoppedBackendIsAlertedEndToEnd"),
                        env("no-security-events", "failed logins and denied requests leave no metric and no log event", "security",
                                "SecurityEventTrackingTest")),
                        List.of("integration.KeyMetricsTest", "integration.MonitoringTest", "integration.DashboardQueriesTest",
                                "integration.AlertRulesTest", "integration.AlertDeliveryTest", "security.SecurityEventTrackingTest"),
                        Map.of("staging.timeout.eventually", "12s", "staging.monitoring.live.alert.timeout", "40s")),
                new FaultGroup("postman collection and latency regression", List.of(
                        env("no-report", "a simulation run leaves no report (Postman collection)", "integration", "PostmanCollectionTest"),
                        // +60 %, not the benchmark's +30 %: a seeded +30 % shows as +22..32 % against its peers, right at the
                        // detector's 20 % minimum, so whether it is called is a matter of chance (bench/latency-regression
                        // measures that rate); the matrix must show the check going red, every time.
                        env("reports-slower-60", "one endpoint 60 % slower than the last good runs, under every absolute limit",
                                "performance", "LoadLevelsTest")),
                        List.of("integration.PostmanCollectionTest", "performance.LoadLevelsTest"), LATENCY_PROOF,
                        FaultCatalog::healthyLatencyBaseline));
    }

    private static final Path LATENCY_BASELINES = Path.of("target/proof/latency-baselines");
    /** The regression check fails (not warns) here, against a baseline of its own, on the two levels this machine always meets. */
    private static final Map<String, String> LATENCY_PROOF = Map.of("staging.regression.enforcement", "FAIL",
            "staging.regression.baseline.dir", LATENCY_BASELINES.toString(), "staging.load.levels", "light:5,medium:10",
            "staging.load.duration", "10s", "staging.load.warmup", "2s");

    /**
     * Healthy runs of the same load profile first (as many as the detector needs to know the run-to-run noise): their
     * latencies are the baseline the slowed run is judged against.
     */
    private static AutoCloseable healthyLatencyBaseline() throws Exception {
        Path dir = LATENCY_BASELINES;
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) Files.delete(file);
            }
        }
        // A healthy run that misses a threshold on a busy machine is not stored: run until the detector has the
        // good runs it needs, within a bound.
        int needed = GateConfig.read().regression().minBaselineRuns();
        List<String> failures = new ArrayList<>();
        for (int run = 0; run < needed + 2 && storedRuns(dir) < needed; run++) {
            InProcessGate.run(List.of("performance.LoadLevelsTest"), LATENCY_PROOF).failures().forEach(f -> failures.add(f.test()));
        }
        if (storedRuns(dir) < needed) {
            throw new IllegalStateException("the healthy runs stored " + storedRuns(dir) + " of the " + needed + " good runs the latency "
                    + "baseline needs in " + dir + "; their failures: " + failures);
        }
        return () -> { };
    }

    /** Good runs in the proof's baseline (one file: one machine, world and stack). */
    private static int storedRuns(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (var files = Files.list(dir)) {
            int most = 0;
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                most = Math.max(most, new ObjectMapper().readTree(file.toFile()).path("runs").size());
            }
            return most;
        }
    }

    /** Holds the backend's host port, as a stray process would. */
    private static AutoCloseable holdBackendPort() throws Exception {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 8001));
        return socket;
    }
}
