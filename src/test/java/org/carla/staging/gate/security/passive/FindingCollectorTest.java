package org.carla.staging.gate.security.passive;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carla.staging.gate.security.Finding;
import org.carla.staging.gate.security.SecurityPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filter against real REST Assured and JDK calls to a local server with crafted answers. */
class FindingCollectorTest {
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/leaky", ex -> answer(ex, 500, "text/plain",
                "Traceback (most recent call last):\n  File \"/app/main.py\", line 3", "Server", "uvicorn"));
        server.createContext("/api/reports", ex -> answer(ex, 200, "application/json", "{\"id\":1}",
                "X-Content-Type-Options", "nosniff", "Access-Control-Allow-Origin",
                ex.getRequestHeaders().getFirst("Origin") == null ? "" : ex.getRequestHeaders().getFirst("Origin"),
                "Access-Control-Allow-Credentials", "true", "Cache-Control", "no-store"));
        server.createContext("/clean", ex -> answer(ex, 200, "application/json", "{}", "X-Content-Type-Options", "nosniff"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange ex, int status, String type, String body, String... headers) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        for (int i = 0; i < headers.length; i += 2) {
            if (!headers[i + 1].isEmpty()) ex.getResponseHeaders().add(headers[i], headers[i + 1]);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static RequestSpecification spec(FindingCollector collector) {
        return new RequestSpecBuilder().setBaseUri(base).addFilter(collector).build();
    }

    @Test
    void restAssuredCallsAreInspectedAndRated() {
        FindingCollector collector = FindingCollector.withDefaults();
        given(spec(collector)).get("/leaky").then().statusCode(500);
        assertThat(collector.exchangesSeen()).isEqualTo(1);
        assertThat(collector.rulesEvaluated()).isEqualTo(PassiveRules.defaults().size());
        assertThat(collector.failures()).extracting(Finding::ruleId).contains("LEAK-STACKTRACE", "HDR-XCTO");
        assertThat(collector.warnings()).extracting(Finding::ruleId).contains("LEAK-SERVER-PRODUCT", "LEAK-PATH");
        assertThat(collector.findings()).allSatisfy(f -> assertThat(f.url()).isEqualTo(base + "/leaky"));
    }

    @Test
    void identicalFindingsOnTemplatedPathsAreKeptOnce() {
        FindingCollector collector = FindingCollector.withDefaults();
        for (int id = 1; id <= 5; id++) {
            given(spec(collector)).header("Origin", CorsRules.PROBE_ORIGIN).header("Authorization", "Bearer t")
                    .get("/api/reports/" + id);
        }
        assertThat(collector.exchangesSeen()).isEqualTo(5);
        assertThat(collector.findings()).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("CORS-REFLECT-CREDENTIALS"));
    }

    @Test
    void cleanAnswersGiveNoFindings() {
        FindingCollector collector = FindingCollector.withDefaults();
        String body = given(spec(collector)).get("/clean").then().statusCode(200).extract().asString();
        assertThat(body).as("the filter leaves the body readable").isEqualTo("{}");
        assertThat(collector.findings()).isEmpty();
        assertThat(collector.report().summary()).isEqualTo(collector.rulesEvaluated() + " rules × 1 exchanges: 0 FAIL, 0 WARN");
    }

    @Test
    void jdkClientAnswersCanBeFed() throws Exception {
        FindingCollector collector = FindingCollector.withDefaults();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/leaky")).build(), HttpResponse.BodyHandlers.ofString());
        collector.observe(response);
        assertThat(collector.failures()).extracting(Finding::ruleId).contains("LEAK-STACKTRACE");
    }

    @Test
    void ignoredRulesAreDropped() {
        SecurityPolicy policy = SecurityPolicy.defaults().with("HDR-XCTO@/leaky=IGNORE", "test");
        FindingCollector collector = new FindingCollector(policy, PassiveRules.defaults());
        given(spec(collector)).get("/leaky");
        assertThat(collector.findings()).extracting(Finding::ruleId).doesNotContain("HDR-XCTO");
    }

    @Test
    void concurrentObserversLoseNothing() throws InterruptedException {
        FindingCollector collector = FindingCollector.withDefaults();
        Exchange e = TestExchanges.response("http://a.test/x", 200, "{}", "Content-Type", "application/json");
        List<Thread> threads = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> new Thread(() -> {
                    for (int n = 0; n < 100; n++) collector.observe(e);
                })).toList();
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        assertThat(collector.exchangesSeen()).isEqualTo(800);
        assertThat(collector.findings()).hasSize(1);
    }

    @Test
    void unencodedProbeUrisStillParse() {
        assertThat(FindingCollector.uri("http://h/api/x?q=<script>|100%&ok=%41").toString())
                .isEqualTo("http://h/api/x?q=%3Cscript%3E%7C100%25&ok=%41");
    }
}
