package org.carla.staging.gate.config;

/** A user name and password; {@link #toString()} never shows the password. */
public record Credentials(String username, String password) {
    @Override
    public String toString() {
        return username + "/******";
    }
}
