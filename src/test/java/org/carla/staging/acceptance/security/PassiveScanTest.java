package org.carla.staging.acceptance.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carla.staging.acceptance.SecurityTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.contract.OpenApiSpec;
import org.carla.staging.gate.contract.Operation;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.security.FindingsReport;
import org.carla.staging.gate.security.passive.FindingCollector;
import org.carla.staging.gate.security.passive.PassiveScanExtension;
import org.carla.staging.gate.stack.GateRun;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Seed "Security Testing": Endpoint Protection, ZAP-baseline style. Passive rules (security headers with
 * OWASP's recommended values, version leaks, cookies, CORS, error-body leaks, caching of authenticated
 * answers) have watched every exchange of the run; this class adds a crawl of the frontend and of every
 * readable OpenAPI route, plus cross-origin requests from a foreign origin, then gives the verdict: no
 * finding the policy rates FAIL. The findings table is in the report.
 */
@SecurityTest
@Feature("5. Security Testing")
@Story("Sensitive endpoint protection")
@Order(Integer.MAX_VALUE) // last: its verdict covers the traffic of every suite before it
class PassiveScanTest {
    private static final String FOREIGN_ORIGIN = "https://evil.example";
    private static final Pattern LINK = Pattern.compile("(?:src|href)=\"(/[^\"]*)\"");

    @Test
    @DisplayName("No passive security rule fails on any exchange of the run (crawl of frontend and API included)")
    void noPassiveRuleFails(GateRun run, HttpSpecs http, GateConfig config) {
        FindingCollector collector = PassiveScanExtension.collector(run);
        crawlFrontend(http);
        crawlApi(http, new Accounts(http, config).newUser());
        probeCors(http);
        FindingsReport report = collector.report();
        Figures.html("passive findings", report.html());
        Figures.text("passive scan summary", report.summary());
        Figures.record("exchanges inspected", collector.exchangesSeen(), "", "all of the run");
        Figures.record("passive rules", collector.rulesEvaluated(), "", "policy: staging-security-policy.properties");
        assertThat(collector.exchangesSeen()).as("exchanges the passive rules saw").isPositive();
        assertThat(report.failingGroups()).as("finding groups rated FAIL by the policy (%s)", report.summary()).isEmpty();
    }

    private static void crawlFrontend(HttpSpecs http) {
        String index = given(http.frontend()).get("/").then().extract().asString();
        Set<String> paths = new LinkedHashSet<>(Set.of("/", "/index.html", "/version.txt", "/simulations/42", "/no/such/page",
                "/assets/no-such-asset.js", "/api/no-such-route"));
        Matcher link = LINK.matcher(index);
        while (link.find()) paths.add(link.group(1));
        paths.forEach(path -> given(http.frontend()).get(path));
    }

    private static void crawlApi(HttpSpecs http, UserSession user) {
        String document = given(http.backend()).get("/openapi.json").then().statusCode(200).extract().asString();
        given(http.backend()).get("/docs");
        given(http.backend()).get("/redoc");
        for (Operation op : OpenApiSpec.parse(document).operations()) {
            if (!op.readOnly()) continue;
            String path = op.pathWith("1");
            given(http.backend()).get(path);
            user.authorize(given(http.backend())).get(path);
        }
    }

    private static void probeCors(HttpSpecs http) {
        for (String path : new String[] {"/api/version", "/api/auth/me"}) {
            given(http.backend()).header("Origin", FOREIGN_ORIGIN).get(path);
            given(http.backend()).header("Origin", FOREIGN_ORIGIN).header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "authorization").options(path);
        }
    }
}
