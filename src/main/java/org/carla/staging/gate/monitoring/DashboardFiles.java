package org.carla.staging.gate.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads provisioned dashboards (every {@code *.json} under the given folders, plain or wrapped in
 * {@code {"dashboard": ...}} as exported) and provisioned data sources (Grafana's provisioning YAML).
 */
public final class DashboardFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new YAMLMapper();
    /** Panel types that hold no query of their own. */
    private static final List<String> NO_QUERY = List.of("row", "text", "news", "dashlist", "welcome", "gettingstarted");

    private DashboardFiles() {
    }

    public static List<Dashboard> read(List<Path> folders) {
        List<Dashboard> dashboards = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) throw new IllegalArgumentException("dashboard folder " + folder + " does not exist");
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) dashboards.add(read(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dashboards under " + folder, e);
            }
        }
        return dashboards;
    }

    public static Dashboard read(Path file) {
        try {
            return parse(JSON.readTree(file.toFile()), file);
        } catch (IOException e) {
            throw new UncheckedIOException("dashboard " + file + " is not JSON: " + e.getMessage(), e);
        }
    }

    static Dashboard parse(JsonNode root, Path file) {
        JsonNode d = root.has("dashboard") && root.path("dashboard").isObject() ? root.path("dashboard") : root;
        List<Variable> variables = new ArrayList<>();
        d.path("templating").path("list").forEach(v -> variables.add(variable(v)));
        List<Dashboard.Panel> panels = new ArrayList<>();
        collectPanels(d.path("panels"), panels);
        d.path("rows").forEach(row -> collectPanels(row.path("panels"), panels)); // schema before Grafana 5
        return new Dashboard(d.path("title").asText(file.getFileName().toString()), d.path("uid").asText(""), file, variables,
                d.path("time").path("from").asText("now-6h"), d.path("time").path("to").asText("now"), panels);
    }

    private static void collectPanels(JsonNode list, List<Dashboard.Panel> out) {
        for (JsonNode p : list) {
            collectPanels(p.path("panels"), out); // collapsed rows keep their panels inside
            String type = p.path("type").asText("");
            if (NO_QUERY.contains(type)) continue;
            List<Dashboard.Target> targets = new ArrayList<>();
            for (JsonNode t : p.path("targets")) {
                String expr = t.hasNonNull("expr") ? t.path("expr").asText() : null;
                String other = expr != null ? null : t.hasNonNull("rawSql") ? t.path("rawSql").asText()
                        : t.hasNonNull("query") && t.path("query").isTextual() ? t.path("query").asText() : null;
                targets.add(new Dashboard.Target(t.path("refId").asText("A"), expr, other, ref(t.get("datasource")),
                        t.path("instant").asBoolean(false) && !t.path("range").asBoolean(false), t.path("hide").asBoolean(false)));
            }
            out.add(new Dashboard.Panel(p.path("title").asText(""), type, ref(p.get("datasource")), targets,
                    p.hasNonNull("maxDataPoints") ? p.path("maxDataPoints").asInt() : null,
                    p.hasNonNull("interval") && !p.path("interval").asText().isBlank() ? p.path("interval").asText() : null,
                    p.path("fieldConfig").path("defaults").hasNonNull("noValue") ? p.path("fieldConfig").path("defaults").path("noValue").asText() : null));
        }
    }

    private static Variable variable(JsonNode v) {
        JsonNode current = v.path("current");
        List<String> values = texts(current.path("value"));
        List<String> texts = texts(current.path("text"));
        boolean all = values.contains("$__all") || (values.isEmpty() && texts.contains("All"));
        List<String> options = new ArrayList<>();
        v.path("options").forEach(o -> {
            String value = o.path("value").asText();
            if (!value.equals("$__all")) options.add(value);
        });
        JsonNode q = v.path("query");
        String query = q.isObject() ? q.path("query").asText("") : q.asText("");
        return new Variable(v.path("name").asText(), v.path("type").asText("query"), query, options,
                all ? List.of() : values, all, v.path("multi").asBoolean(false), v.path("includeAll").asBoolean(false),
                v.hasNonNull("allValue") ? v.path("allValue").asText() : null,
                v.hasNonNull("regex") ? v.path("regex").asText() : null, ref(v.get("datasource")));
    }

    static DatasourceRef ref(JsonNode ds) {
        if (ds == null || ds.isNull() || ds.isMissingNode()) return DatasourceRef.DEFAULT;
        if (ds.isTextual()) return new DatasourceRef(null, null, ds.asText());
        return new DatasourceRef(ds.hasNonNull("uid") ? ds.path("uid").asText() : null,
                ds.hasNonNull("type") ? ds.path("type").asText() : null, null);
    }

    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) node.forEach(n -> out.add(n.asText()));
        else if (!node.isMissingNode() && !node.isNull()) out.add(node.asText());
        return out;
    }

    /** The data sources of Grafana provisioning files ({@code datasources:} lists) in the given folders. */
    public static List<Datasource> datasources(List<Path> folders) {
        List<Datasource> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) throw new IllegalArgumentException("data source folder " + folder + " does not exist");
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList()) {
                    for (JsonNode ds : YAML.readTree(f.toFile()).path("datasources")) {
                        String interval = ds.path("jsonData").path("timeInterval").asText("");
                        out.add(new Datasource(ds.path("name").asText(), ds.path("uid").asText(ds.path("name").asText()),
                                ds.path("type").asText(), ds.path("isDefault").asBoolean(false),
                                interval.isBlank() ? null : GrafanaTime.interval(interval)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read data source provisioning under " + folder, e);
            }
        }
        return out;
    }
}
