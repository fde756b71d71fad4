package org.carla.staging.gate.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What internal detail looks like in a response body; shared by the passive rules and the probe verdicts. */
public enum LeakPatterns {
    STACK_TRACE(
            "Traceback \\(most recent call last\\)",
            "File \"[^\"\\n]+\\.py\", line \\d+",
            "\\bat [\\w$.]+\\.[\\w$<>]+\\([\\w$]+\\.(?:java|kt|scala):\\d+\\)",
            "Exception in thread \"",
            "at Object\\.<anonymous>",
            "\\bat [\\w.<>$]+ \\((?:/|[A-Za-z]:\\\\|node:internal)[^)\\n]*:\\d+:\\d+\\)",
            "\\bin /[\\w/.-]+\\.php on line \\d+",
            "goroutine \\d+ \\[running\\]",
            "\\bat System\\.[\\w.]+\\(",
            "\\b(?:[A-Z]\\w*Error|[A-Z]\\w*Exception): [^\\n]{0,200}\\n\\s+(?:at |File \")"),
    INTERNAL_PATH(
            "/usr/(?:local/)?lib/python3[\\d.]*/",
            "/(?:site|dist)-packages/",
            "/app/[\\w./-]+\\.(?:py|js|ts|java|rb|php|go)\\b",
            "/home/[\\w.-]+/[\\w./-]+\\.(?:py|js|ts|java|rb|php|go|conf|ini|env)\\b",
            "/root/[\\w./-]+",
            "/opt/[\\w./-]+\\.(?:py|js|java|rb|php)\\b",
            "/var/www/[\\w./-]+",
            "[A-Za-z]:\\\\(?:Users|Windows|inetpub|Program Files|app|src)\\\\"),
    SQL_ERROR(
            "psycopg2?\\.",
            "psycopg2?\\b.*Error",
            "syntax error at or near",
            "unterminated quoted string at or near",
            "SQLSTATE\\[?\\w*",
            "sqlalchemy\\.exc\\.",
            "ORA-\\d{5}",
            "You have an error in your SQL syntax",
            "PSQLException",
            "sqlite3\\.OperationalError",
            "(?:relation|column) \"[\\w.]+\" does not exist",
            "duplicate key value violates unique constraint",
            "invalid input syntax for (?:type|integer)"),
    DEBUG_PAGE(
            "Werkzeug Debugger",
            "The debugger caught an exception",
            "You're seeing this error because you have <code>DEBUG = True</code>",
            "Whitelabel Error Page",
            "Server Error in '/' Application",
            "<title>phpinfo\\(\\)</title>",
            "Django Version:",
            "Rails\\.root:",
            "<title>Starlette Debugger</title>|<h2>Traceback</h2>"),
    SYSTEM_FILE(
            "root:[x*!]?:0:0:",
            "\\[(?:extensions|fonts)\\]\\s+; for 16-bit app support",
            "\\bPATH=/usr/local/sbin:"),
    CREDENTIAL(
            "\\$2[abyx]?\\$\\d{2}\\$[./A-Za-z0-9]{53}",
            "\\$argon2(?:id|i|d)\\$v=\\d+",
            "pbkdf2_sha\\d+\\$\\d+\\$",
            "-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----",
            "\\bAKIA[0-9A-Z]{16}\\b",
            "\"(?:password|passwd|password_hash|hashed_password|secret|secret_key|jwt_secret|jwt_secret_key|private_key|api_key"
                    + "|db_password|database_password|dsn|database_url|db_url|connection_string|conn_str)\"\\s*:\\s*\"[^\"]+\"",
            // A connection string with its password: scheme://user:password@host
            "\\b[a-z][a-z0-9+.-]{1,20}://[^\\s:/@\"']+:[^\\s@/\"']+@[\\w.-]+");

    private static final int EVIDENCE_CHARS = 120;
    private final List<Pattern> patterns;

    LeakPatterns(String... regexes) {
        this.patterns = List.of(regexes).stream().map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toList();
    }

    /** The first match, as one line of at most 120 characters; credentials show only what kind was seen. */
    public Optional<String> find(String body) {
        if (body == null || body.isEmpty()) return Optional.empty();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(body);
            if (m.find()) return Optional.of(this == CREDENTIAL ? redacted(m.group()) : line(m.group()));
        }
        return Optional.empty();
    }

    /** Any kind of leak, as "KIND: evidence". */
    public static Optional<String> anyIn(String body) {
        for (LeakPatterns kind : values()) {
            Optional<String> found = kind.find(body);
            if (found.isPresent()) return Optional.of(kind.name() + ": " + found.get());
        }
        return Optional.empty();
    }

    private static String line(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > EVIDENCE_CHARS ? flat.substring(0, EVIDENCE_CHARS) + "…" : flat;
    }

    private static String redacted(String match) {
        if (match.startsWith("\"")) return "JSON field " + match.substring(0, match.indexOf('"', 1) + 1) + " with a value";
        if (match.startsWith("-----")) return "a private key";
        if (match.startsWith("AKIA")) return "an AWS access key id";
        if (match.contains("://")) return "a connection string with a password (" + match.substring(0, match.indexOf("://") + 3) + "user:…@…)";
        return "a password hash (" + match.substring(0, Math.min(7, match.length())) + "…)";
    }
}
