package org.carla.staging.gate.security.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carla.staging.gate.security.passive.TestExchanges.json;
import static org.carla.staging.gate.security.passive.TestExchanges.response;

import java.util.List;
import org.carla.staging.gate.security.Finding;
import org.junit.jupiter.api.Test;

class BodyLeakRulesTest {
    private static final String PY_TRACE = """
            Traceback (most recent call last):
              File "/usr/lib/python3/dist-packages/starlette/routing.py", line 677, in __call__
            ValueError: boom""";

    private static List<Finding> run(String id, Exchange e) {
        return TestExchanges.run(BodyLeakRules.all(), id, e);
    }

    private static Exchange text(int status, String body) {
        return response("http://a.test/api/x", status, body, "Content-Type", "text/plain");
    }

    @Test
    void stackTracesAreFound() {
        assertThat(run("LEAK-STACKTRACE", text(500, PY_TRACE))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isEqualTo("Traceback (most recent call last)"));
        assertThat(run("LEAK-STACKTRACE", text(500, "at org.carla.Foo.bar(Foo.java:42)"))).hasSize(1);
        assertThat(run("LEAK-STACKTRACE", text(500, "TypeError: x\n    at Object.<anonymous> (/srv/app.js:3:9)"))).hasSize(1);
    }

    @Test
    void ordinaryErrorsAreNotStackTraces() {
        assertThat(run("LEAK-STACKTRACE", json("{\"detail\":\"Invalid username or password\"}"))).isEmpty();
    }

    @Test
    void internalPathsAreFound() {
        assertThat(run("LEAK-PATH", json("{\"detail\":\"cannot open /app/backend/reports.py\"}"))).hasSize(1);
        assertThat(run("LEAK-PATH", text(500, "C:\\Users\\build\\app"))).hasSize(1);
    }

    @Test
    void applicationRoutesAreNotPaths() {
        assertThat(run("LEAK-PATH", response("http://a.test/", 200, "<a href=\"/home/\">home</a>", "Content-Type", "text/html")))
                .isEmpty();
    }

    @Test
    void sqlErrorsAreFound() {
        assertThat(run("LEAK-SQL", json("{\"detail\":\"psycopg2.errors.SyntaxError: syntax error at or near \\\"OR\\\"\"}")))
                .hasSize(1);
        assertThat(run("LEAK-SQL", json("{\"detail\":\"duplicate key value violates unique constraint \\\"users_email_key\\\"\"}")))
                .hasSize(1);
    }

    @Test
    void validationErrorsAreNotSqlErrors() {
        assertThat(run("LEAK-SQL", json("{\"detail\":[{\"loc\":[\"body\",\"username\"],\"msg\":\"field required\"}]}"))).isEmpty();
    }

    @Test
    void debugPagesAreFound() {
        assertThat(run("LEAK-DEBUG-PAGE", response("http://a.test/", 500, "<title>Werkzeug Debugger</title>",
                "Content-Type", "text/html"))).hasSize(1);
        assertThat(run("LEAK-DEBUG-PAGE", response("http://a.test/", 404, "<h1>Not Found</h1>", "Content-Type", "text/html")))
                .isEmpty();
    }

    @Test
    void systemFilesAreFound() {
        assertThat(run("LEAK-SYSTEM-FILE", text(200, "root:x:0:0:root:/root:/bin/bash\n"))).hasSize(1);
        assertThat(run("LEAK-SYSTEM-FILE", text(200, "rooted"))).isEmpty();
    }

    @Test
    void credentialsAreFoundWithoutTheirValue() {
        String hash = "$2b$12$" + "a".repeat(53);
        assertThat(run("LEAK-CREDENTIAL", json("{\"user\":{\"password_hash\":\"" + hash + "\"}}")))
                .singleElement().satisfies(f -> assertThat(f.evidence()).doesNotContain("aaaa"));
        assertThat(run("LEAK-CREDENTIAL", json("{\"password\":\"hunter2\"}"))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isEqualTo("JSON field \"password\" with a value"));
    }

    @Test
    void schemasAndTokensAreNotCredentials() {
        assertThat(run("LEAK-CREDENTIAL", json("{\"password\":{\"type\":\"string\"},\"access_token\":\"eyJ.x.y\"}"))).isEmpty();
    }

    @Test
    void scriptsAreNotScanned() {
        assertThat(run("LEAK-STACKTRACE", response("http://a.test/main.js", 200, PY_TRACE, "Content-Type",
                "application/javascript"))).isEmpty();
    }

    @Test
    void connectionStringsAndDatabaseKeysAreCredentials() {
        assertThat(run("LEAK-CREDENTIAL", json("{\"error\":\"cannot reach postgresql://postgres:s3cret@database:5432/carla\"}")))
                .singleElement().satisfies(f -> assertThat(f.evidence()).isEqualTo("a connection string with a password (postgresql://user:…@…)")
                        .doesNotContain("s3cret"));
        for (String key : List.of("dsn", "database_url", "db_password", "connection_string")) {
            assertThat(run("LEAK-CREDENTIAL", json("{\"" + key + "\":\"x\"}"))).as(key).hasSize(1);
        }
        assertThat(run("LEAK-CREDENTIAL", json("{\"docs\":\"http://127.0.0.1:8001/docs\"}"))).as("a URL with a port is no credential").isEmpty();
    }
}
