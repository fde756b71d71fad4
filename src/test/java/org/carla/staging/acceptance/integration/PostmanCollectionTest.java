package org.carla.staging.acceptance.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.qameta.allure.Allure;
import io.qameta.allure.Feature;
import io.qameta.allure.Story;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carla.staging.acceptance.IntegrationTest;
import org.carla.staging.acceptance.support.Accounts;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.config.Endpoints;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.config.PostmanConfig;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.http.SetupFailedException;
import org.carla.staging.gate.postman.Newman;
import org.carla.staging.gate.postman.NewmanAllureResults;
import org.carla.staging.gate.postman.NewmanRun;
import org.carla.staging.gate.report.Figures;
import org.carla.staging.gate.report.ResultsDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed "Testing Tools: Postman Integration" (automated API testing, collection validation, response
 * times, report generation): the repository's Postman collection of the staging API, run by Newman
 * against the stack with URLs and credentials from the gate's configuration. Each request's result is in
 * the report (Newman's Allure results, filed next to these suites) and in JUnit XML; a failing request
 * fails this test with the request's name.
 */
@IntegrationTest
@Feature("4. Integration Testing")
@Story("Postman collection")
class PostmanCollectionTest {

    @Test
    @DisplayName("The Postman collection of the staging API passes (Newman)")
    void collectionPassesAgainstTheStack(GateConfig config, Endpoints endpoints, HttpSpecs http) {
        PostmanConfig postman = config.postman();
        Assumptions.assumeTrue(postman.enabled(), "the Postman collection is switched off (staging.postman.enabled=false)");
        Newman newman = new Newman(postman, config.projectDir());
        Newman.Installation installed = newman.probe();
        if (!installed.present()) {
            throw new SetupFailedException("could not run the Postman collection: " + installed.found() + ". What to do: " + installed.fix());
        }
        Allure.parameter("runner", installed.found());
        Allure.parameter("collection", config.projectDir().relativize(postman.collection()).toString());

        Path results = ResultsDirectory.path().toAbsolutePath();
        long since = System.currentTimeMillis();
        NewmanRun run = newman.run(environment(config, endpoints, http), results,
                config.projectDir().resolve("target/failsafe-reports/TEST-newman.postman-collection.xml"));
        NewmanAllureResults.file(results, since, Map.of("epic", "integration", "feature", "4. Integration Testing"),
                "Postman collection: ");

        Figures.record("Newman wall time", run.wallTime().toMillis() / 1000.0, "s", "reported");
        Figures.text("Newman console output", run.console());
        Figures.text("Postman collection summary", run.summary());
        System.out.println(run.summary());
        assertThat(run.runErrors()).as("Newman could not finish the collection").isEmpty();
        assertThat(run.requests()).as("requests Newman sent (none: the collection ran nothing)").isNotEmpty();
        assertThat(run.failures()).withFailMessage("%d of %d requests of the Postman collection '%s' failed:%n%s", run.failures().size(),
                run.requests().size(), run.collection(), String.join("\n", run.failures().stream().map(r -> "  " + r.cause()).toList()))
                .isEmpty();
    }

    /**
     * The environment's values, from the gate's configuration: where the stack answers, the seed's API limit, a
     * password for the collection's own user, and the gate's administrator (made for a stack the gate started;
     * left out for a deployed staging without credentials, where the collection skips its admin folder).
     */
    private static Map<String, String> environment(GateConfig config, Endpoints endpoints, HttpSpecs http) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("baseUrl", endpoints.backend().toString());
        values.put("frontendUrl", endpoints.frontend().toString());
        values.put("apiLimitMs", String.valueOf(config.thresholds().apiResponseMs()));
        values.put("userPassword", Accounts.strongPassword());
        if (!config.admin().password().isEmpty()) {
            UserSession admin = new Accounts(http, config).admin();
            values.put("adminUsername", admin.username());
            values.put("adminPassword", admin.password());
        }
        return values;
    }
}
