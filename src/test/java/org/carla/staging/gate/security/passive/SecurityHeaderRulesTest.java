package org.carla.staging.gate.security.passive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carla.staging.gate.security.passive.TestExchanges.GOOD_CSP;
import static org.carla.staging.gate.security.passive.TestExchanges.html;
import static org.carla.staging.gate.security.passive.TestExchanges.json;
import static org.carla.staging.gate.security.passive.TestExchanges.response;

import java.util.List;
import org.carla.staging.gate.security.Finding;
import org.junit.jupiter.api.Test;

class SecurityHeaderRulesTest {
    private static final List<PassiveRule> RULES = SecurityHeaderRules.all();

    private static List<Finding> run(String id, Exchange e) {
        return TestExchanges.run(RULES, id, e);
    }

    /** An HTML answer with every recommended header. */
    private static Exchange hardenedHtml() {
        return html("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
                "Referrer-Policy", "strict-origin-when-cross-origin", "Permissions-Policy", "camera=()",
                "Cross-Origin-Opener-Policy", "same-origin", "Content-Security-Policy", GOOD_CSP);
    }

    @Test
    void hardenedHtmlHasNoHeaderFindings() {
        Exchange e = hardenedHtml();
        assertThat(RULES.stream().flatMap(r -> r.inspect(e).stream())).isEmpty();
    }

    @Test
    void nosniffMissingOnJsonIsFound() {
        assertThat(run("HDR-XCTO", json("{}"))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("application/json 200"));
        assertThat(run("HDR-XCTO", json("{}", "X-Content-Type-Options", "sniff"))).hasSize(1);
    }

    @Test
    void nosniffPresentOrNoBodyIsFine() {
        assertThat(run("HDR-XCTO", json("{}", "x-content-type-options", "NoSniff"))).isEmpty();
        assertThat(run("HDR-XCTO", response("http://a.test/", 204, ""))).isEmpty();
    }

    @Test
    void frameOptionsMissingOrDuplicatedIsFound() {
        assertThat(run("HDR-XFO", html())).hasSize(1);
        assertThat(run("HDR-XFO", html("X-Frame-Options", "DENY", "X-Frame-Options", "SAMEORIGIN"))).hasSize(1);
        assertThat(run("HDR-XFO", html("X-Frame-Options", "ALLOW-FROM https://x.test"))).hasSize(1);
    }

    @Test
    void frameOptionsOrFrameAncestorsIsFine() {
        assertThat(run("HDR-XFO", html("X-Frame-Options", "sameorigin"))).isEmpty();
        assertThat(run("HDR-XFO", html("Content-Security-Policy", "frame-ancestors 'none'"))).isEmpty();
        assertThat(run("HDR-XFO", json("{}"))).as("JSON is not framed").isEmpty();
    }

    @Test
    void cspMissingOnHtmlIsFoundReportOnlyDoesNotCount() {
        assertThat(run("HDR-CSP", html())).hasSize(1);
        assertThat(run("HDR-CSP", html("Content-Security-Policy-Report-Only", GOOD_CSP))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("Report-Only"));
    }

    @Test
    void cspPresentOrNotHtmlIsFine() {
        assertThat(run("HDR-CSP", html("Content-Security-Policy", GOOD_CSP))).isEmpty();
        assertThat(run("HDR-CSP", json("{}"))).isEmpty();
    }

    @Test
    void unsafeInlineAndEvalInScriptsAreFound() {
        assertThat(run("HDR-CSP-UNSAFE", html("Content-Security-Policy", "default-src 'self' 'unsafe-inline' 'unsafe-eval'")))
                .singleElement().satisfies(f -> assertThat(f.evidence()).isEqualTo("default-src allows 'unsafe-inline' 'unsafe-eval'"));
    }

    @Test
    void unsafeInlineOnlyInStylesOrWithNonceIsFine() {
        assertThat(run("HDR-CSP-UNSAFE", html("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'"))).isEmpty();
        assertThat(run("HDR-CSP-UNSAFE", html("Content-Security-Policy",
                "script-src 'nonce-abc' 'unsafe-inline'"))).isEmpty();
    }

    @Test
    void wildcardAndSchemeSourcesAreFound() {
        assertThat(run("HDR-CSP-WILDCARD", html("Content-Security-Policy", "script-src 'self' https: *"))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isEqualTo("script-src allows https: *"));
        assertThat(run("HDR-CSP-WILDCARD", html("Content-Security-Policy", "img-src 'self'"))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).contains("neither script-src nor default-src"));
    }

    @Test
    void namedSourcesOrStrictDynamicAreFine() {
        assertThat(run("HDR-CSP-WILDCARD", html("Content-Security-Policy", "default-src 'self' https://cdn.test"))).isEmpty();
        assertThat(run("HDR-CSP-WILDCARD", html("Content-Security-Policy",
                "script-src 'strict-dynamic' 'nonce-r4nd' https:"))).isEmpty();
    }

    @Test
    void missingObjectSrcAndBaseUriAreFound() {
        assertThat(run("HDR-CSP-INCOMPLETE", html("Content-Security-Policy", "default-src 'self'"))).singleElement()
                .satisfies(f -> assertThat(f.evidence()).isEqualTo("CSP without object-src 'none', base-uri"));
    }

    @Test
    void defaultSrcNoneCoversObjects() {
        assertThat(run("HDR-CSP-INCOMPLETE", html("Content-Security-Policy", "default-src 'none'; base-uri 'none'"))).isEmpty();
    }

    @Test
    void referrerMissingOrWeakIsFound() {
        assertThat(run("HDR-REFERRER", html())).hasSize(1);
        assertThat(run("HDR-REFERRER", json("{}", "Referrer-Policy", "no-referrer-when-downgrade"))).hasSize(1);
    }

    @Test
    void referrerRecommendedIsFineLastValidTokenWins() {
        assertThat(run("HDR-REFERRER", html("Referrer-Policy", "unsafe-url, strict-origin-when-cross-origin"))).isEmpty();
        assertThat(run("HDR-REFERRER", json("{}"))).as("JSON needs none").isEmpty();
    }

    @Test
    void referrerUnsafeUrlIsFoundOnlyWhenEffective() {
        assertThat(run("HDR-REFERRER-UNSAFE", html("Referrer-Policy", "unsafe-url"))).hasSize(1);
        assertThat(run("HDR-REFERRER-UNSAFE", html("Referrer-Policy", "unsafe-url, no-referrer"))).isEmpty();
        assertThat(run("HDR-REFERRER", html("Referrer-Policy", "unsafe-url"))).as("reported once, by -UNSAFE").isEmpty();
    }

    @Test
    void hstsCheckedOnHttpsOnly() {
        assertThat(run("HDR-HSTS", response("https://a.test/", 200, "{}"))).hasSize(1);
        assertThat(run("HDR-HSTS", response("https://a.test/", 200, "{}", "Strict-Transport-Security", "max-age=300"))).hasSize(1);
        assertThat(run("HDR-HSTS", response("http://a.test/", 200, "{}"))).isEmpty();
        assertThat(run("HDR-HSTS", response("https://a.test/", 200, "{}",
                "Strict-Transport-Security", "max-age=63072000; includeSubDomains"))).isEmpty();
    }

    @Test
    void permissionsPolicyOnHtml() {
        assertThat(run("HDR-PERMISSIONS", html())).hasSize(1);
        assertThat(run("HDR-PERMISSIONS", html("Permissions-Policy", "geolocation=()"))).isEmpty();
    }

    @Test
    void coopOnHtml() {
        assertThat(run("HDR-COOP", html("Cross-Origin-Opener-Policy", "unsafe-none"))).hasSize(1);
        assertThat(run("HDR-COOP", html("Cross-Origin-Opener-Policy", "same-origin"))).isEmpty();
    }

    @Test
    void legacyXssAuditor() {
        assertThat(run("HDR-XXSS", html("X-XSS-Protection", "1; mode=block"))).hasSize(1);
        assertThat(run("HDR-XXSS", html("X-XSS-Protection", "0"))).isEmpty();
    }

    @Test
    void errorPagesAreCheckedToo() {
        Exchange nginx404 = response("http://frontend.test/missing", 404, TestExchanges.HTML, "Content-Type", "text/html");
        assertThat(run("HDR-CSP", nginx404)).hasSize(1);
        assertThat(run("HDR-XCTO", nginx404)).hasSize(1);
    }
}
