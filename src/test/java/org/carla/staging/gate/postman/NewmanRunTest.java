package org.carla.staging.gate.postman;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewmanRunTest {
    /** The parts of Newman's JSON report the gate reads: the collection's tree and the executions. */
    private static final String REPORT = """
            {"collection": {"info": {"name": "CARLA staging API"}, "item": [
               {"name": "1. Seed", "item": [{"id": "a", "name": "Health"}, {"id": "b", "name": "Version"}]},
               {"name": "4. Reports", "item": [{"id": "c", "name": "List reports"}, {"id": "d", "name": "Open the report"}]}]},
             "run": {"executions": [
               {"item": {"id": "a", "name": "Health"}, "request": {"method": "GET", "url": {"protocol": "http", "host": ["127","0","0","1"], "port": "8001", "path": ["health"]}},
                "response": {"code": 200, "responseTime": 12}, "assertions": [{"assertion": "status 200"}]},
               {"item": {"id": "b", "name": "Version"}, "request": {"method": "GET", "url": "http://127.0.0.1:8001/api/version?token=x"},
                "response": {"code": 200, "responseTime": 1500},
                "assertions": [{"assertion": "answers within 1000 ms", "error": {"message": "expected 1500 to be below 1000"}},
                               {"assertion": "skipped one", "skipped": true}]},
               {"item": {"id": "c", "name": "List reports"}, "request": {"method": "GET", "url": "http://127.0.0.1:8001/api/reports"},
                "requestError": {"message": "connect ECONNREFUSED 127.0.0.1:8001"}, "assertions": []}],
              "error": null}}
            """;

    @Test
    void failingRequestsAreNamedWithTheirFolderAndCause() throws Exception {
        NewmanRun run = NewmanRun.fromReport(new ObjectMapper().readTree(REPORT), "console", Duration.ofMillis(2100), 1);

        assertThat(run.requests()).hasSize(3);
        assertThat(run.assertions()).isEqualTo(2);
        assertThat(run.failures()).extracting(RequestOutcome::title).containsExactly("1. Seed / Version", "4. Reports / List reports");
        assertThat(run.failures().get(0).cause()).isEqualTo(
                "1. Seed / Version [GET 200 in 1500 ms]: 'answers within 1000 ms' expected 1500 to be below 1000");
        assertThat(run.failures().get(0).url()).doesNotContain("token");
        assertThat(run.failures().get(1).cause()).contains("no answer (connect ECONNREFUSED");
        assertThat(run.requests().get(0).url()).isEqualTo("http://127.0.0.1:8001/health");
        assertThat(run.skipped()).containsExactly("4. Reports / Open the report");
        assertThat(run.summary()).startsWith("Postman collection 'CARLA staging API': 3 requests, 2 assertions, 2 failed requests, 1 skipped, 2.1 s")
                .contains("✗ 1. Seed / Version").contains("– skipped: 4. Reports / Open the report");
    }

    @Test
    void theEnvironmentIsFilledWithoutTouchingOtherValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("env.json");
        Files.writeString(file, """
                {"name": "CARLA staging", "values": [{"key": "baseUrl", "value": "http://localhost:8001", "enabled": true},
                  {"key": "apiLimitMs", "value": "1000", "enabled": true}]}""");

        String filled = Newman.fill(file, Map.of("baseUrl", "http://127.0.0.1:28001", "adminPassword", "s3cret"));

        var values = new ObjectMapper().readTree(filled).path("values");
        assertThat(values.get(0).path("value").asText()).isEqualTo("http://127.0.0.1:28001");
        assertThat(values.get(1).path("value").asText()).isEqualTo("1000");
        assertThat(values.get(2).path("key").asText()).isEqualTo("adminPassword");
        assertThat(Files.readString(file)).doesNotContain("s3cret");
    }
}
