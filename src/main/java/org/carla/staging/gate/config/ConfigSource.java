package org.carla.staging.gate.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The one place settings are looked up: system property, then environment variable
 * ({@code staging.backend.port} → {@code STAGING_BACKEND_PORT}), then the {@code staging.properties}
 * defaults on the classpath.
 */
public final class ConfigSource {
    public static final String DEFAULTS_RESOURCE = "staging.properties";

    private final Function<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Properties defaults;

    public ConfigSource(Function<String, String> systemProperties, Map<String, String> environment, Properties defaults) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.defaults = defaults;
    }

    public static ConfigSource fromProcess() {
        return new ConfigSource(System::getProperty, System.getenv(), loadDefaults());
    }

    /**
     * As {@link #fromProcess()}, but the first lookup is the given one, e.g. JUnit's configuration
     * parameters (which themselves fall back to system properties): lets a launcher run the gate with
     * other settings in the same JVM (the gate's self-test does).
     */
    public static ConfigSource withParameters(Function<String, String> parameters) {
        return new ConfigSource(parameters, System.getenv(), loadDefaults());
    }

    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Optional<String> find(String key) {
        String value = systemProperties.apply(key);
        if (value == null) value = environment.get(envName(key));
        if (value == null) value = defaults.getProperty(key);
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Properties loadDefaults() {
        Properties properties = new Properties();
        try (InputStream in = ConfigSource.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS_RESOURCE + " from the classpath", e);
        }
        return properties;
    }
}
