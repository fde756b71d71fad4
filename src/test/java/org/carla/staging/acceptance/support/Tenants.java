package org.carla.staging.acceptance.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.http.HttpSpecs;

/** Two users of two different tenants: one whose data is at stake, one who tries to reach it. */
public record Tenants(UserSession owner, UserSession intruder) {
    public static Tenants register(HttpSpecs http, GateConfig config) {
        Accounts accounts = new Accounts(http, config);
        Tenants tenants = new Tenants(accounts.newUser(), accounts.newUser());
        assertThat(tenants.intruder().tenantId()).as("two registered users are in different tenants").isNotEqualTo(tenants.owner().tenantId());
        return tenants;
    }
}
