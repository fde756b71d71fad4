package org.carla.staging.gate.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** Typed, validated reads over a {@link ConfigSource}; every failure names the key and the fix. */
final class Settings {
    private final ConfigSource source;

    Settings(ConfigSource source) {
        this.source = source;
    }

    /** A value that must be set (staging.properties gives every default). */
    String text(String key) {
        return required(key, "give a value, e.g. -D" + key + "=...");
    }

    Optional<String> optional(String key) {
        return source.find(key);
    }

    String required(String key, String fix) {
        return source.find(key).orElseThrow(() -> new ConfigException(key, "is not set", fix));
    }

    int port(String key) {
        return number(key, required(key, "give a TCP port, e.g. -D" + key + "=8001"), Integer::parseInt, p -> p >= 1 && p <= 65535,
                "a TCP port (1-65535)", "give a number, e.g. -D" + key + "=8001");
    }

    int positiveInt(String key) {
        long value = positiveLong(key);
        if (value > Integer.MAX_VALUE) throw new ConfigException(key, value + " is too large", "give a smaller number");
        return (int) value;
    }

    Optional<Double> optionalPositiveDouble(String key) {
        return source.find(key).map(raw -> number(key, raw, Double::parseDouble, v -> v > 0, "a positive number", "e.g. -D" + key + "=512"));
    }

    long positiveLong(String key) {
        return number(key, required(key, "give a positive number, e.g. -D" + key + "=1000"), Long::parseLong, v -> v > 0,
                "a positive whole number", "e.g. -D" + key + "=1000");
    }

    Duration duration(String key) {
        String raw = required(key, "give a duration, e.g. -D" + key + "=90s");
        try {
            return parseDuration(raw);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ConfigException(key, "'" + raw + "' is not a duration", "write e.g. 500ms, 30s, 3m, 24h, 7d or PT3M");
        }
    }

    boolean flag(String key) {
        String raw = required(key, "give true or false");
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigException(key, "'" + raw + "' is not a boolean", "give true or false");
        };
    }

    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String raw = required(key, "give one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, "'" + raw + "' is not allowed",
                    "give one of " + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }

    URI url(String key, String fallback) {
        String raw = source.find(key).orElse(fallback);
        if (raw == null) throw new ConfigException(key, "is not set", "give the URL, e.g. -D" + key + "=https://staging.example.org");
        URI uri = URI.create(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
        if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().startsWith("http")) {
            throw new ConfigException(key, "'" + raw + "' is not an http(s) URL", "write it like http://127.0.0.1:8001");
        }
        return uri;
    }

    /** A comma-separated list that must not be empty. */
    List<String> requiredList(String key) {
        List<String> values = list(key);
        if (values.isEmpty()) throw new ConfigException(key, "is empty", "give a comma-separated list");
        return values;
    }

    List<String> list(String key) {
        return source.find(key).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    Path path(String key, Path base) {
        return base.resolve(required(key, "give a path")).normalize();
    }

    /** A directory outside the checkout as a rule: {@code ~/} is the user's home, a relative path is the checkout's. */
    Path location(String key, Path base) {
        String raw = required(key, "give a directory, e.g. ~/.cache/staging-gate/...");
        if (raw.equals("~") || raw.startsWith("~/")) {
            return Path.of(System.getProperty("user.home"), raw.substring(1).replaceFirst("^/", "")).normalize();
        }
        return base.resolve(raw).normalize();
    }

    /** A number of zero or more, e.g. 1.5. */
    double nonNegative(String key) {
        return number(key, required(key, "give a number, e.g. -D" + key + "=1.0"), Double::parseDouble,
                v -> v >= 0 && !Double.isInfinite(v), "a number of zero or more", "write e.g. 1.0");
    }

    /** A number between 0 and 1 (exclusive), e.g. 0.2 or 0.95. */
    double fraction(String key) {
        return number(key, required(key, "give a number between 0 and 1, e.g. -D" + key + "=0.2"), Double::parseDouble,
                v -> v > 0 && v < 1, "a number between 0 and 1", "write e.g. 0.2 (20 %) or 0.95");
    }

    /** A share between 0 (inclusive) and 1, e.g. 0.01 for 1 %. */
    double share(String key) {
        return number(key, text(key), Double::parseDouble, v -> v >= 0 && v < 1, "a share between 0 and 1", "write e.g. 0.01 for 1 %");
    }

    /** A whole number of zero or more. */
    long count(String key) {
        return number(key, text(key), Long::parseLong, v -> v >= 0, "a whole number >= 0", "write e.g. 25");
    }

    /** {@code raw} read by {@code parse} and accepted by {@code ok}; else a ConfigException: "'raw' is not {@code what}". */
    private static <T> T number(String key, String raw, Function<String, T> parse, Predicate<T> ok, String what, String fix) {
        try {
            T value = parse.apply(raw);
            if (ok.test(value)) return value;
        } catch (NumberFormatException notANumber) {
            // reported below, like a number out of range
        }
        throw new ConfigException(key, "'" + raw + "' is not " + what, fix);
    }

    static Duration parseDuration(String raw) {
        String v = raw.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("pt") || v.startsWith("p")) return Duration.parse(v.toUpperCase(Locale.ROOT));
        if (v.endsWith("ms")) return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        if (v.endsWith("s")) return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
        if (v.endsWith("m")) return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
        if (v.endsWith("h")) return Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
        if (v.endsWith("d")) return Duration.ofDays(Long.parseLong(v.substring(0, v.length() - 1)));
        throw new NumberFormatException(raw);
    }
}
