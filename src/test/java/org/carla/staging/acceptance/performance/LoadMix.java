package org.carla.staging.acceptance.performance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.load.Flow;
import org.carla.staging.gate.load.Scenario;
import org.carla.staging.gate.load.Step;

/**
 * What a staging user does, as the load engine replays it through the frontend (nginx), like a browser:
 * open the app and its bundle, read the scenario list and version, look at their reports while signed
 * in and, rarely, sign in.
 */
final class LoadMix {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+\\.js)\"");

    private LoadMix() {
    }

    static Scenario of(String indexHtml, UserSession user) {
        Matcher asset = ASSET.matcher(indexHtml);
        String assetPath = asset.find() ? asset.group(1) : "/index.html";
        Flow page = Flow.of("open the app", Step.get("/").endpoint("/"), Step.get(assetPath).endpoint("/assets/*"),
                Step.get("/version.txt"));
        Flow api = Flow.of("public API", Step.get("/api/scenarios"), Step.get("/api/version"));
        // A signed-in user keeps their session: most of their requests reuse one token. Signing in (bcrypt,
        // deliberately slow) is its own, rarer flow, as it is for real users.
        String bearer = "Bearer " + user.token();
        Flow signedIn = Flow.of("signed-in user",
                Step.get("/api/auth/me").header("Authorization", bearer),
                Step.get("/api/reports").header("Authorization", bearer),
                Step.get("/api/simulation/status").header("Authorization", bearer));
        Flow signIn = Flow.of("sign in",
                Step.post("/api/auth/login").json("{\"username\":\"" + user.username() + "\",\"password\":\"" + user.password() + "\"}")
                        .extract("token", "access_token"),
                Step.get("/api/auth/me").bearer("token"));
        return Scenario.builder().add(8, api).add(6, page).add(5, signedIn).add(1, signIn).build();
    }
}
