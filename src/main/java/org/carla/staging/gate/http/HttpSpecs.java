package org.carla.staging.gate.http;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.carla.staging.gate.config.Endpoints;
import org.carla.staging.gate.config.GateConfig;

/**
 * The one factory of REST Assured request specifications: base URI per service, bounded timeouts, the
 * report filter, and the run's observers (e.g. the passive security rules). No test touches
 * RestAssured's static state.
 */
public final class HttpSpecs {
    private final Endpoints endpoints;
    private final RestAssuredConfig restConfig;
    private final List<Filter> observers;
    private final Reachability reachability;

    public HttpSpecs(GateConfig config, List<Filter> observers, Reachability reachability) {
        this.endpoints = config.endpoints();
        this.reachability = reachability;
        int timeoutMs = (int) config.timeouts().httpRequest().toMillis();
        this.restConfig = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", timeoutMs)
                        .setParam("http.socket.timeout", timeoutMs))
                .redirect(RedirectConfig.redirectConfig().followRedirects(false));
        this.observers = List.copyOf(observers);
    }

    public RequestSpecification backend() {
        return application("backend", endpoints.backend()).setContentType(ContentType.JSON).build();
    }

    public RequestSpecification frontend() {
        return application("frontend", endpoints.frontend()).build();
    }

    public RequestSpecification prometheus() {
        return service("prometheus", endpoints.prometheus()).build();
    }

    public RequestSpecification grafana() {
        return service("grafana", endpoints.grafana()).build();
    }

    public RequestSpecification loki() {
        return service("loki", endpoints.loki()).build();
    }

    public RequestSpecification alertmanager() {
        return service("alertmanager", endpoints.alertmanager()).build();
    }

    /** The gate's webhook receiver: what Alertmanager delivered. */
    public RequestSpecification alertReceiver() {
        return spec(new Reachability.Service("alert-receiver", endpoints.alertReceiver(), "staging.alert.receiver.url", false),
                endpoints.alertReceiver()).build();
    }

    /**
     * The application under test: its exchanges also go to the run's observers (the passive security
     * rules judge the application, not the vendor monitoring tools beside it), and a stop mid-run is a
     * product defect (see {@link Reachability}).
     */
    private RequestSpecBuilder application(String name, URI base) {
        return spec(new Reachability.Service(name, base, "staging." + name + ".url", true), base).addFilters(observers);
    }

    private RequestSpecBuilder service(String name, URI base) {
        return spec(new Reachability.Service(name, base, "staging." + name + ".url", false), base);
    }

    private RequestSpecBuilder spec(Reachability.Service service, URI base) {
        List<Filter> filters = new ArrayList<>();
        filters.add(new ReachabilityFilter(service, reachability));
        filters.add(new ExchangeAttachmentFilter());
        return new RequestSpecBuilder().setBaseUri(base.toString()).setConfig(restConfig).addFilters(filters)
                .setUrlEncodingEnabled(true);
    }
}
