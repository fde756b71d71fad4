package org.carla.staging.gate.postman;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one Newman run found, request by request, read from Newman's JSON report; plus its console output
 * (cli reporter) and how long it took. Requests a collection script skipped ({@code pm.execution.skipRequest})
 * are listed apart, with the folder they sit in.
 */
public record NewmanRun(String collection, List<RequestOutcome> requests, List<String> skipped, List<String> runErrors,
                        String console, Duration wallTime, int exitCode) {

    public NewmanRun {
        requests = List.copyOf(requests);
        skipped = List.copyOf(skipped);
        runErrors = List.copyOf(runErrors);
    }

    public List<RequestOutcome> failures() {
        return requests.stream().filter(RequestOutcome::failed).toList();
    }

    public int assertions() {
        return requests.stream().mapToInt(RequestOutcome::assertions).sum();
    }

    /** The verdict in a few lines: what ran, and each failing request by name with its cause. */
    public String summary() {
        List<RequestOutcome> failed = failures();
        String head = String.format(java.util.Locale.ROOT, "Postman collection '%s': %d requests, %d assertions, %d failed requests, %d skipped, %.1f s",
                collection, requests.size(), assertions(), failed.size(), skipped.size(), wallTime.toMillis() / 1000.0);
        return head + failed.stream().map(r -> "\n  ✗ " + r.cause()).collect(Collectors.joining())
                + runErrors.stream().map(e -> "\n  ✗ run error: " + e).collect(Collectors.joining())
                + skipped.stream().map(s -> "\n  – skipped: " + s).collect(Collectors.joining());
    }

    /** Reads Newman's JSON reporter output ({@code --reporters json}). */
    static NewmanRun fromReport(JsonNode report, String console, Duration wallTime, int exitCode) {
        JsonNode collectionNode = report.path("collection");
        Map<String, String> folderOf = new HashMap<>();
        List<String> allItems = new ArrayList<>();
        index(collectionNode.path("item"), "", folderOf, allItems);
        List<RequestOutcome> requests = new ArrayList<>();
        Set<String> executed = new LinkedHashSet<>();
        for (JsonNode execution : report.path("run").path("executions")) {
            String id = execution.path("item").path("id").asText();
            executed.add(id);
            List<String> failed = new ArrayList<>();
            int assertions = 0;
            for (JsonNode assertion : execution.path("assertions")) {
                if (assertion.path("skipped").asBoolean(false)) continue;
                assertions++;
                if (assertion.has("error")) {
                    failed.add("'" + assertion.path("assertion").asText() + "' " + assertion.path("error").path("message").asText());
                }
            }
            for (JsonNode script : execution.path("testScript")) {
                if (script.has("error")) failed.add("test script error: " + script.path("error").path("message").asText());
            }
            String requestError = execution.has("requestError") ? execution.path("requestError").path("message").asText("request error") : null;
            JsonNode response = execution.path("response");
            requests.add(new RequestOutcome(folderOf.getOrDefault(id, ""), execution.path("item").path("name").asText(),
                    execution.path("request").path("method").asText(), url(execution.path("request").path("url")),
                    response.path("code").asInt(0), response.path("responseTime").asLong(0), assertions, failed, requestError));
        }
        List<String> skipped = new ArrayList<>();
        for (String item : allItems) {
            String[] idAndTitle = item.split("\u0000", 2);
            if (!executed.contains(idAndTitle[0])) skipped.add(idAndTitle[1]);
        }
        List<String> runErrors = new ArrayList<>();
        JsonNode error = report.path("run").path("error");
        if (!error.isMissingNode() && !error.isNull()) runErrors.add(error.path("message").asText(error.toString()));
        return new NewmanRun(collectionNode.path("info").path("name").asText("collection"), requests, skipped, runErrors,
                console, wallTime, exitCode);
    }

    private static void index(JsonNode items, String folder, Map<String, String> folderOf, List<String> all) {
        for (JsonNode item : items) {
            String name = item.path("name").asText();
            if (item.has("item")) {
                index(item.path("item"), folder.isEmpty() ? name : folder + " / " + name, folderOf, all);
            } else {
                String id = item.path("id").asText();
                folderOf.put(id, folder);
                all.add(id + "\u0000" + (folder.isEmpty() ? name : folder + " / " + name));
            }
        }
    }

    /** Newman's URL object back to a string, query left out (it may carry tokens). */
    private static String url(JsonNode url) {
        if (url.isTextual()) return url.asText().replaceFirst("\\?.*", "");
        String host = String.join(".", textList(url.path("host")));
        String port = url.path("port").asText("");
        return url.path("protocol").asText("http") + "://" + host + (port.isEmpty() ? "" : ":" + port) + "/"
                + String.join("/", textList(url.path("path")));
    }

    private static List<String> textList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
