package org.carla.staging.gate.security.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carla.staging.gate.security.passive.TestExchanges.response;

import java.util.List;
import org.carla.staging.gate.security.Finding;
import org.junit.jupiter.api.Test;

class CookieRulesTest {
    private static List<Finding> run(String id, Exchange e) {
        return TestExchanges.run(CookieRules.all(), id, e);
    }

    private static Exchange setting(String url, String... cookies) {
        String[] headers = new String[cookies.length * 2];
        for (int i = 0; i < cookies.length; i++) {
            headers[2 * i] = "Set-Cookie";
            headers[2 * i + 1] = cookies[i];
        }
        return response(url, 200, "", headers);
    }

    @Test
    void sessionCookieWithoutHttpOnlyIsFoundWithoutItsValue() {
        assertThat(run("COOKIE-HTTPONLY", setting("http://a.test/", "grafana_session=s3cr3tvalue; Path=/; SameSite=Lax")))
                .singleElement().satisfies(f -> assertThat(f.evidence()).isEqualTo("cookie 'grafana_session' without HttpOnly")
                        .doesNotContain("s3cr3t"));
    }

    @Test
    void httpOnlyOrCsrfOrDeletionIsFine() {
        assertThat(run("COOKIE-HTTPONLY", setting("http://a.test/", "session=x; HttpOnly; SameSite=Lax",
                "csrftoken=abc; SameSite=Strict", "access_token=; Max-Age=0", "theme=dark; SameSite=Lax"))).isEmpty();
    }

    @Test
    void missingSameSiteAndNoneWithoutSecureAreFound() {
        assertThat(run("COOKIE-SAMESITE", setting("http://a.test/", "theme=dark", "sid=1; SameSite=None; HttpOnly")))
                .extracting(Finding::evidence)
                .containsExactly("cookie 'theme' without SameSite", "cookie 'sid' SameSite=None without Secure");
    }

    @Test
    void sameSiteSetIsFine() {
        assertThat(run("COOKIE-SAMESITE", setting("http://a.test/", "theme=dark; samesite=strict"))).isEmpty();
    }

    @Test
    void secureRequiredOnHttpsOnly() {
        assertThat(run("COOKIE-SECURE", setting("https://a.test/", "sid=1; HttpOnly; SameSite=Lax"))).hasSize(1);
        assertThat(run("COOKIE-SECURE", setting("http://a.test/", "sid=1; HttpOnly; SameSite=Lax"))).isEmpty();
        assertThat(run("COOKIE-SECURE", setting("https://a.test/", "sid=1; Secure; HttpOnly"))).isEmpty();
    }
}
