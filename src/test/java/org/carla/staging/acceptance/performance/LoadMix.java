package org.carla.staging.acceptance.performance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carla.staging.acceptance.support.UserSession;
import org.carla.staging.gate.load.Flow;
import org.carla.staging.gate.load.Scenario;
import org.carla.staging.gate.load.Step;

/**
 * What a staging user does, as the load engine replays it through the frontend (nginx), like a browser:
 * open the app and its bundle, read the scenario list and version, and, less often, sign in and look at
 * their reports.
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
        Flow signedIn = Flow.of("signed-in user",
                Step.post("/api/auth/login").json("{\"username\":\"" + user.username() + "\",\"password\":\"" + user.password() + "\"}")
                        .extract("token", "access_token"),
                Step.get("/api/auth/me").bearer("token"),
                Step.get("/api/reports").bearer("token"),
                Step.get("/api/simulation/status").bearer("token"));
        return Scenario.builder().add(4, api).add(3, page).add(1, signedIn).build();
    }
}
