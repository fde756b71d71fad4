package org.carla.staging.gate.postman;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewmanAllureResultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void result(Path dir, String uuid, String body) throws Exception {
        Files.writeString(dir.resolve(uuid + "-result.json"), body);
    }

    @Test
    void secretsAreRedactedSkipsShownAndLabelsAdded(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("h-attachment.json"), "{\"Authorization\": \"Bearer eyJhbGciOi.x.y\", \"Accept\": \"*/*\"}");
        Files.writeString(dir.resolve("b-attachment.txt"), "{\"username\": \"pm_1\", \"password\": \"Pm-Pass-1A9\"}");
        Files.writeString(dir.resolve("r-attachment.txt"), "{\"access_token\": \"eyJz\", \"token_type\": \"bearer\"}");
        Files.writeString(dir.resolve("c-attachment.txt"), "level: warn, messages: skipped: no administrator token");
        result(dir, "sent", """
                {"name": "Log in", "status": "passed", "start": 2000, "steps": [{"name": "status 200"}],
                 "parameters": [{"name": "Request", "value": "POST - http://127.0.0.1/api/auth/login"}],
                 "labels": [{"name": "framework", "value": "newman"}, {"name": "suite", "value": "2. Accounts"}, {"name": "story", "value": "x"}],
                 "attachments": [{"name": "Request Headers", "source": "h-attachment.json"}, {"name": "Request Body", "source": "b-attachment.txt"},
                                 {"name": "Response Body", "source": "r-attachment.txt"}]}""");
        result(dir, "skipped", """
                {"name": "List users", "status": "passed", "start": 2000, "steps": [], "parameters": [],
                 "labels": [{"name": "framework", "value": "newman"}, {"name": "suite", "value": "5. Administration"}],
                 "attachments": [{"name": "ConsoleLogs", "source": "c-attachment.txt"}]}""");
        result(dir, "junit", """
                {"name": "a JUnit test", "status": "passed", "start": 2000, "labels": [{"name": "framework", "value": "junit-platform"}]}""");

        int filed = NewmanAllureResults.file(dir, 1000, Map.of("epic", "integration", "feature", "4. Integration Testing"), "Postman collection: ");

        assertThat(filed).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("h-attachment.json"))).contains("Bearer [redacted]").doesNotContain("eyJ");
        assertThat(Files.readString(dir.resolve("b-attachment.txt"))).doesNotContain("Pm-Pass").contains("pm_1");
        assertThat(Files.readString(dir.resolve("r-attachment.txt"))).doesNotContain("eyJz");
        JsonNode sent = JSON.readTree(dir.resolve("sent-result.json").toFile());
        assertThat(sent.path("status").asText()).isEqualTo("passed");
        assertThat(sent.path("labels").toString()).contains("\"epic\"").contains("Postman collection: 2. Accounts").doesNotContain("\"x\"");
        JsonNode skipped = JSON.readTree(dir.resolve("skipped-result.json").toFile());
        assertThat(skipped.path("status").asText()).isEqualTo("skipped");
        assertThat(skipped.path("statusDetails").path("message").asText()).isEqualTo("skipped: no administrator token");
        assertThat(JSON.readTree(dir.resolve("junit-result.json").toFile()).path("labels").toString()).doesNotContain("epic");
    }
}
