package org.carla.staging.gate.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the gate's webhook receiver kept: one line per Alertmanager notification,
 * {@code {"receivedAt": epoch-ms, "notification": <Alertmanager webhook body>}}.
 */
public record AlertNotifications(List<Notification> all) {

    /** One alert of one notification: name, status (firing/resolved), labels as text, when the receiver got it. */
    public record Notification(String alertname, String status, String job, Instant receivedAt, String receiver) {
    }

    public AlertNotifications {
        all = List.copyOf(all);
    }

    public static AlertNotifications parse(String ndjson) {
        List<Notification> out = new ArrayList<>();
        for (String line : ndjson.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            try {
                JsonNode entry = JsonHttp.JSON.readTree(line);
                Instant at = Instant.ofEpochMilli(entry.path("receivedAt").asLong());
                JsonNode n = entry.path("notification");
                for (JsonNode alert : n.path("alerts")) {
                    out.add(new Notification(alert.path("labels").path("alertname").asText(), alert.path("status").asText(),
                            alert.path("labels").path("job").asText(""), at, n.path("receiver").asText()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the alert receiver kept a line that is not JSON: " + line, e);
            }
        }
        return new AlertNotifications(out);
    }

    /** The first notification of this alert in this status received at or after {@code since}. */
    public Optional<Notification> first(String alertname, String status, Instant since) {
        return all.stream().filter(n -> n.alertname().equals(alertname) && n.status().equals(status) && !n.receivedAt().isBefore(since))
                .findFirst();
    }
}
