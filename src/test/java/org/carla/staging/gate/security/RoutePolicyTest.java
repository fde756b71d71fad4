package org.carla.staging.gate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoutePolicyTest {
    private static final String POLICY = """
            # comment
            public GET  /health
            user   GET  /api/reports/{id}
            admin  get  /api/auth/users/
            """;

    @Test
    void routesAreKnownWhateverTheirParameterNames() {
        RoutePolicy policy = RoutePolicy.parse(POLICY, "test");
        assertThat(policy.access(new RouteKey("GET", "/api/reports/{ref}"))).contains(Access.USER);
        assertThat(policy.access(new RouteKey("GET", "/api/auth/users"))).as("method case and trailing slash").contains(Access.ADMIN);
        assertThat(policy.access(new RouteKey("DELETE", "/api/reports/{id}"))).isEmpty();
        assertThat(policy.spelling(new RouteKey("GET", "/api/reports/{ref}")).path()).isEqualTo("/api/reports/{id}");
    }

    @Test
    void aBadLineNamesItsSourceLineAndForm() {
        assertThatThrownBy(() -> RoutePolicy.parse("public GET /health\nsomeone GET /x\n", "route-policy.txt"))
                .isInstanceOf(PolicyException.class).hasMessageContaining("route-policy.txt line 2").hasMessageContaining("public, user or admin");
        assertThatThrownBy(() -> RoutePolicy.parse("public FETCH /x", "p")).hasMessageContaining("expected '<public|user|admin> <METHOD> </path>'");
        assertThatThrownBy(() -> RoutePolicy.parse("user GET /a/{x}\nadmin GET /a/{y}", "p")).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> RoutePolicy.parse("# nothing\n", "p")).hasMessageContaining("no route listed");
    }

    @Test
    void theShippedPolicyCoversTheContractsRoutes() throws Exception {
        String text;
        try (var in = getClass().getClassLoader().getResourceAsStream("staging-route-policy.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        RoutePolicy policy = RoutePolicy.parse(text, "staging-route-policy.txt");
        assertThat(policy.access(new RouteKey("POST", "/api/auth/reset-password"))).as("contract: must need auth").contains(Access.USER);
        assertThat(policy.access(new RouteKey("GET", "/api/config"))).contains(Access.USER);
        assertThat(policy.access(new RouteKey("GET", "/api/runners"))).contains(Access.ADMIN);
        assertThat(policy.access(new RouteKey("GET", "/api/scenarios"))).contains(Access.PUBLIC);
    }
}
