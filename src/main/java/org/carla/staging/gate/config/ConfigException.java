package org.carla.staging.gate.config;

/** A setting is missing or wrong. The message names the key, what is wrong and how to fix it. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String key, String problem, String fix) {
        super("Setting '" + key + "' (env " + ConfigSource.envName(key) + "): " + problem + ". Fix: " + fix);
    }
}
