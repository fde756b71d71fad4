package org.carla.staging.gate.security;

import java.net.URI;
import java.util.Objects;

/**
 * One problem a rule saw. {@code url} is where (an HTTP URL without query, or a container name),
 * {@code evidence} what was seen (never a secret value), {@code advice} the fix. Rules create findings
 * as {@link Verdict#WARN}; {@link SecurityPolicy#rate(Finding)} sets the policy's verdict.
 */
public record Finding(String ruleId, String title, Verdict severity, String url, String evidence, String advice) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        title = title == null ? ruleId : title;
        severity = severity == null ? Verdict.WARN : severity;
        url = url == null ? "" : url;
        evidence = evidence == null ? "" : evidence;
        advice = advice == null ? "" : advice;
    }

    public static Finding of(Rule rule, String url, String evidence, String advice) {
        return new Finding(rule.id(), rule.title(), Verdict.WARN, url, evidence, advice);
    }

    public Finding withSeverity(Verdict verdict) {
        return new Finding(ruleId, title, verdict, url, evidence, advice);
    }

    /** The part a per-path policy override matches: the URL's path, or the container name. */
    public String scope() {
        if (url.startsWith("http://") || url.startsWith("https://")) {
            try {
                String path = URI.create(url).getRawPath();
                return path == null || path.isEmpty() ? "/" : path;
            } catch (IllegalArgumentException e) {
                return url;
            }
        }
        return url;
    }
}
