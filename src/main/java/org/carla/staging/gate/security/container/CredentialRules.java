package org.carla.staging.gate.security.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carla.staging.gate.security.Evidence;

/** Secrets in container environments and credentials everyone knows. Values are never reported. */
public final class CredentialRules {
    static final Set<String> DEFAULT_PASSWORDS = Set.of("", "postgres", "password", "root", "admin", "mysql",
            "mariadb", "mongo", "changeme", "change-me", "changeit", "secret", "example", "123456", "12345678",
            "test", "default", "pass", "grafana", "letmein", "qwerty");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|KEY|CREDENTIAL|PRIVATE).*");
    private static final Set<String> BENIGN = Set.of("GPG_KEY", "GPG_KEYS");
    private static final Pattern URL_CREDENTIALS = Pattern.compile("^[a-z][a-z0-9+.-]*://([^:/@\\s]+):([^@/\\s]*)@",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> DB_PASSWORDS = List.of("POSTGRES_PASSWORD", "PGPASSWORD", "MYSQL_ROOT_PASSWORD",
            "MYSQL_PASSWORD", "MARIADB_ROOT_PASSWORD", "MARIADB_PASSWORD", "MONGO_INITDB_ROOT_PASSWORD", "DB_PASSWORD",
            "DATABASE_PASSWORD");

    private CredentialRules() {
    }

    public static List<ContainerRule> all(ContainerRuleConfig config) {
        return List.of(
                new ContainerCheck("CTR-ENV-SECRET", "Secrets in the container environment",
                        "Pass secrets as files (Docker secrets, *_FILE variables), or declare the names in the gate's configuration.",
                        c -> envSecrets(c, config.declaredSecretNames())),
                new ContainerCheck("CRED-DEFAULT-DB", "Database with default credentials",
                        "Generate a database password per environment; never the image's example value or trust auth.",
                        CredentialRules::defaultDatabase),
                new ContainerCheck("CRED-DEFAULT-GRAFANA", "Grafana admin with the default password",
                        "Set GF_SECURITY_ADMIN_PASSWORD (or __FILE) to a generated value.",
                        CredentialRules::defaultGrafana),
                new ContainerCheck("CRED-GRAFANA-ANONYMOUS", "Grafana anonymous users with write rights",
                        "Keep GF_AUTH_ANONYMOUS_ORG_ROLE=Viewer or disable anonymous access.",
                        c -> Evidence.when(isGrafana(c)
                                && c.envValue("GF_AUTH_ANONYMOUS_ENABLED").filter("true"::equalsIgnoreCase).isPresent()
                                && c.envValue("GF_AUTH_ANONYMOUS_ORG_ROLE").map(r -> r.equalsIgnoreCase("Admin")
                                || r.equalsIgnoreCase("Editor")).orElse(false),
                                "anonymous access with role " + c.envValue("GF_AUTH_ANONYMOUS_ORG_ROLE").orElse(""))));
    }

    private static List<String> envSecrets(ContainerFacts c, Set<String> declared) {
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, String> e : c.envMap().entrySet()) {
            String name = e.getKey();
            if (e.getValue().isEmpty() || declared.contains(name) || BENIGN.contains(name)) continue;
            String upper = name.toUpperCase(Locale.ROOT);
            if (URL_CREDENTIALS.matcher(e.getValue()).find()) names.add(name + " (password in URL)");
            else if (SECRET_NAME.matcher(name).matches() && !upper.endsWith("_FILE") && !upper.contains("PUBLIC")) names.add(name);
        }
        return Evidence.when(!names.isEmpty(), "secret-like variables with values: " + String.join(", ", names));
    }

    private static List<String> defaultDatabase(ContainerFacts c) {
        List<String> out = new ArrayList<>();
        Map<String, String> env = c.envMap();
        String user = env.getOrDefault("POSTGRES_USER", env.getOrDefault("MYSQL_USER", "postgres"));
        for (String key : DB_PASSWORDS) {
            String value = env.get(key);
            if (value == null) continue;
            if (weak(value)) out.add(key + " is a well-known default");
            else if (value.equals(user)) out.add(key + " equals the user name");
        }
        if ("trust".equalsIgnoreCase(env.get("POSTGRES_HOST_AUTH_METHOD"))) out.add("POSTGRES_HOST_AUTH_METHOD=trust");
        for (Map.Entry<String, String> e : env.entrySet()) {
            Matcher m = URL_CREDENTIALS.matcher(e.getValue());
            if (m.find() && (weak(m.group(2)) || m.group(2).equals(m.group(1)))) {
                out.add(e.getKey() + " embeds default credentials (user '" + m.group(1) + "')");
            }
        }
        return out;
    }

    private static List<String> defaultGrafana(ContainerFacts c) {
        if (!isGrafana(c) || c.envValue("GF_SECURITY_ADMIN_PASSWORD__FILE").isPresent()) return List.of();
        Optional<String> password = c.envValue("GF_SECURITY_ADMIN_PASSWORD");
        if (password.isEmpty()) return List.of("GF_SECURITY_ADMIN_PASSWORD unset: admin/admin applies");
        return Evidence.when(weak(password.get()), "GF_SECURITY_ADMIN_PASSWORD is a well-known default");
    }

    static boolean isGrafana(ContainerFacts c) {
        String repository = c.image().toLowerCase(Locale.ROOT).replaceAll("[@:][^/]*$", "");
        return repository.substring(repository.lastIndexOf('/') + 1).startsWith("grafana")
                || c.envMap().keySet().stream().anyMatch(k -> k.startsWith("GF_"));
    }

    private static boolean weak(String password) {
        return DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }
}
