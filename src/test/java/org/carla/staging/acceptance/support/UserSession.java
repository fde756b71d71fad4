package org.carla.staging.acceptance.support;

import io.restassured.specification.RequestSpecification;

/** A logged-in user of the application under test: who, and the bearer token to act as them. */
public record UserSession(String username, String email, String password, String token, long userId, String tenantId,
                          boolean admin) {
    public RequestSpecification authorize(RequestSpecification spec) {
        return spec.header("Authorization", "Bearer " + token);
    }

    @Override
    public String toString() {
        return username + (admin ? " (admin)" : "") + " tenant " + tenantId;
    }
}
