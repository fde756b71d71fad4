package org.carla.staging.proof;

import static org.carla.staging.proof.SeededFault.env;
import static org.carla.staging.proof.SeededFault.override;
import static org.carla.staging.proof.SeededFault.setting;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
                        env("tenant-override", "tenant chosen by query/header (upstream 2)", "security", "TenantIsolationTest#tenantSelectorsAreNotTrusted", "TenantAttackTest"),
                        env("ws-no-auth", "WebSocket without token (upstream 3)", "security", "WebSocketTest"),
                        env("default-jwt-secret", "JWT signed with a public default secret (upstream 4)", "security", "TokenAttackTest#tokenSignedWithAWellKnownSecretIsRejected"),
                        env("cors-reflect", "CORS reflects any origin with credentials (upstream 5)", "security", "PassiveScanTest", "CorsTest"),
                        env("admin-open", "admin routes open to any user", "security", "AccessControlTest#adminRoutesRejectNormalUsers"),
                        env("server-header", "version banner in Server / X-Powered-By", "security", "SecurityHeadersTest#backendSendsSecurityHeaders", "PassiveScanTest"),
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
                new FaultGroup("unhealthy container", List.of(
                        env("unhealthy", "backend healthcheck failing", "service", "ContainersTest")),
                        List.of("service.ContainersTest"), Map.of("staging.timeout.startup", "90s")),
                new FaultGroup("postman collection and latency regression", List.of(
                        env("no-report", "a simulation run leaves no report (Postman collection)", "integration", "PostmanCollectionTest"),
                        env("reports-slower-30", "one endpoint 30 % slower than the last good run, under every absolute limit",
                                "performance", "LoadLevelsTest")),
                        List.of("integration.PostmanCollectionTest", "performance.LoadLevelsTest"), LATENCY_PROOF,
                        FaultCatalog::healthyLatencyBaseline));
    }

    /** The regression check fails (not warns) here, against a baseline of its own, on the two levels this machine always meets. */
    private static final Map<String, String> LATENCY_PROOF = Map.of("staging.regression.enforcement", "FAIL",
            "staging.regression.baseline.dir", "target/proof/latency-baselines", "staging.load.levels", "light:5,medium:10");

    /**
     * Healthy runs of the same load profile first (as many as the detector needs to know the run-to-run noise): their
     * latencies are the baseline the slowed run is judged against.
     */
    private static AutoCloseable healthyLatencyBaseline() throws Exception {
        Path dir = Path.of("target/proof/latency-baselines");
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) Files.delete(file);
            }
        }
        GateOutcome healthy = null;
        for (int run = 0; run < 3; run++) healthy = InProcessGate.run(List.of("performance.LoadLevelsTest"), LATENCY_PROOF);
        boolean stored;
        try (var files = Files.isDirectory(dir) ? Files.list(dir) : java.util.stream.Stream.<Path>empty()) {
            stored = files.findAny().isPresent();
        }
        if (!stored) {
            throw new IllegalStateException("the healthy run stored no latency baseline in " + dir + "; its failures: "
                    + healthy.failures().stream().map(GateOutcome.Result::test).toList());
        }
        return () -> { };
    }

    /** Holds the backend's host port, as a stray process would. */
    private static AutoCloseable holdBackendPort() throws Exception {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 8001));
        return socket;
    }
}
