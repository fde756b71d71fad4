package org.carla.staging.gate.security.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carla.staging.gate.security.passive.TestExchanges.json;

import java.util.List;
import org.carla.staging.gate.security.Finding;
import org.junit.jupiter.api.Test;

class VersionLeakRulesTest {
    private static List<Finding> run(String id, Exchange e) {
        return TestExchanges.run(VersionLeakRules.all(), id, e);
    }

    @Test
    void serverWithVersionIsFound() {
        assertThat(run("LEAK-SERVER-VERSION", json("{}", "Server", "nginx/1.25.3"))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isEqualTo("Server: nginx/1.25.3"));
        assertThat(run("LEAK-SERVER-VERSION", json("{}", "Server", "Apache/2.4.57 (Debian)"))).hasSize(1);
    }

    @Test
    void serverWithoutVersionIsNotAVersionLeak() {
        assertThat(run("LEAK-SERVER-VERSION", json("{}", "Server", "nginx"))).isEmpty();
        assertThat(run("LEAK-SERVER-VERSION", json("{}"))).isEmpty();
    }

    @Test
    void applicationServerNameIsFound() {
        assertThat(run("LEAK-SERVER-PRODUCT", json("{}", "server", "uvicorn"))).hasSize(1);
        assertThat(run("LEAK-SERVER-PRODUCT", json("{}", "Server", "Werkzeug"))).hasSize(1);
    }

    @Test
    void neutralServerNameIsFine() {
        assertThat(run("LEAK-SERVER-PRODUCT", json("{}", "Server", "nginx"))).isEmpty();
        assertThat(run("LEAK-SERVER-PRODUCT", json("{}", "Server", "gunicorn/21.2"))).as("reported as version").isEmpty();
    }

    @Test
    void poweredByAndFriendsAreFound() {
        assertThat(run("LEAK-POWERED-BY", json("{}", "X-Powered-By", "Express", "X-AspNet-Version", "4.0.30319")))
                .extracting(Finding::evidence).containsExactly("X-Powered-By: Express", "X-AspNet-Version: 4.0.30319");
        assertThat(run("LEAK-POWERED-BY", json("{}"))).isEmpty();
    }

    @Test
    void viaWithProductVersionIsFoundProtocolVersionAloneIsNot() {
        assertThat(run("LEAK-VIA", json("{}", "Via", "1.1 varnish (Varnish/6.0)"))).hasSize(1);
        assertThat(run("LEAK-VIA", json("{}", "Via", "1.1 proxy"))).isEmpty();
    }
}
