package org.carla.staging.gate.security.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carla.staging.gate.security.Access;
import org.carla.staging.gate.security.RouteKey;
import org.carla.staging.gate.security.RoutePolicy;
import org.junit.jupiter.api.Test;

class RouteInventoryTest {
    @Test
    void aBundlesCallsAreFoundWithTheirMethodsAndParameters() {
        String js = "async function p(){let e=await d(`/api/version`,`json`)}"
                + "axios.post(\"/api/config\",{a:1});fetch('/api/reports/'+id,{method:'DELETE'});"
                + "fetch(`/api/logs/${name}`);const u=\"/api/auth/me?x=1\";import('/assets/app.js')";
        assertThat(BundleRoutes.find(js)).containsExactlyInAnyOrder(
                new RouteKey("GET", "/api/version"), new RouteKey("POST", "/api/config"),
                new RouteKey("DELETE", "/api/reports/{x}"), new RouteKey("GET", "/api/logs/{x}"), new RouteKey("GET", "/api/auth/me"));
    }

    @Test
    void theUnionKeepsEachSourceAndJudgesUnknownRoutesAsUserRoutes() {
        RoutePolicy policy = RoutePolicy.parse("public GET /health\nuser GET /api/reports/{id}\n", "p");
        RouteInventory inventory = new RouteInventory(policy,
                List.of(new RouteKey("GET", "/health"), new RouteKey("GET", "/api/reports/{ref}"), new RouteKey("GET", "/api/config/defaults")),
                List.of(new RouteKey("GET", "/api/reports/{param}"), new RouteKey("POST", "/api/logs/write")));
        assertThat(inventory.routes()).hasSize(4);
        assertThat(inventory.sources(new RouteKey("GET", "/api/reports/{id}"))).containsExactlyInAnyOrder(
                RouteInventory.Source.POLICY, RouteInventory.Source.OPENAPI, RouteInventory.Source.BUNDLE);
        assertThat(inventory.access(new RouteKey("GET", "/api/config/defaults"))).isEqualTo(Access.USER);
        assertThat(inventory.inPolicy(new RouteKey("POST", "/api/logs/write"))).isFalse();
        assertThat(inventory.countBySource()).containsEntry(RouteInventory.Source.POLICY, 2)
                .containsEntry(RouteInventory.Source.OPENAPI, 3).containsEntry(RouteInventory.Source.BUNDLE, 2);
        assertThat(inventory.routes().stream().map(RouteKey::path)).as("the policy's spelling wins").contains("/api/reports/{id}");
    }
}
