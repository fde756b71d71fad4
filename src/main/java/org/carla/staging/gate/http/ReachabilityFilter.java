package org.carla.staging.gate.http;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * First filter of every spec: remembers the request for set-up messages and the run's record of recent
 * exchanges, and turns a connection problem into {@link Reachability}'s one report about that service.
 */
final class ReachabilityFilter implements OrderedFilter {
    private final Reachability.Service service;
    private final Reachability reachability;

    ReachabilityFilter(Reachability.Service service, Reachability reachability) {
        this.service = service;
        this.reachability = reachability;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        String described = request.getMethod() + " " + request.getDerivedPath();
        LastRequest.set(described);
        reachability.checkStillReachable(service);
        Response response;
        try {
            response = ctx.next(request, responseSpec);
        } catch (Throwable e) {
            // REST Assured throws checked I/O exceptions without declaring them: rethrown as they are.
            throw ReachabilityFilter.<RuntimeException>sneaky(reachability.failed(service, described, e));
        }
        reachability.answered(service, described + " → " + response.statusCode());
        return response;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** Before every other filter, so it sees connection failures of the whole chain. */
    @Override
    public int getOrder() {
        return Integer.MIN_VALUE;
    }
}
