package org.carla.staging.acceptance.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carla.staging.gate.await.Eventually;
import org.carla.staging.gate.config.GateConfig;
import org.carla.staging.gate.db.Database;
import org.carla.staging.gate.http.HttpSpecs;
import org.carla.staging.gate.http.SetupFailedException;
import org.opentest4j.TestAbortedException;

/**
 * Two tenants, each with data carrying a marker no other tenant has: a configuration (through the API), a
 * report (the contract's table, so it exists whether or not the app can run a simulation in staging) and,
 * where the app runs simulations, a run with its report and log. What could not be made is recorded, not
 * thrown: a check that needs it says so (broken), the others go on.
 */
public record TenantData(Tenant owner, Tenant intruder) {

    /** One tenant: its user, its marker, and what of its data could not be made. */
    public record Tenant(UserSession user, String marker, List<String> problems) {
        @Override
        public String toString() {
            return user.toString();
        }
    }

    public static TenantData create(HttpSpecs http, GateConfig config) {
        Tenants users = Tenants.register(http, config);
        return new TenantData(seed(http, config, users.owner()), seed(http, config, users.intruder()));
    }

    private static Tenant seed(HttpSpecs http, GateConfig config, UserSession user) {
        String marker = Accounts.unique("gate-marker-");
        List<String> problems = new ArrayList<>();
        Response saved = user.authorize(given(http.backend())).body(Map.of("app_config", Map.of("gate_marker", marker))).post("/api/config");
        if (saved.statusCode() / 100 != 2) problems.add("POST /api/config answered " + saved.statusCode() + " " + saved.asString());
        try {
            new Database(config).update(config.expectations().reportSeedSql(), tenantKey(user.tenantId()), marker,
                    "<html><body>" + marker + "</body></html>");
        } catch (SQLException e) {
            problems.add("the report row could not be written (" + config.expectations().reportSeedSql() + "): " + e.getMessage());
        }
        try {
            Simulations.runToEnd(http, user, new Eventually(config.timeouts()));
        } catch (SetupFailedException | TestAbortedException e) {
            problems.add(e.getMessage());
        }
        return new Tenant(user, marker, List.copyOf(problems));
    }

    private static Object tenantKey(String tenantId) {
        try {
            return Integer.parseInt(tenantId);
        } catch (NumberFormatException e) {
            return tenantId;
        }
    }

    public List<Tenant> both() {
        return List.of(owner, intruder);
    }

    public Tenant other(Tenant tenant) {
        return tenant == owner ? intruder : owner;
    }
}
