package org.carla.staging.gate.security.passive;

import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;

/** Builds an {@link Exchange} from what a REST Assured filter sees. */
final class RestAssuredExchanges {
    private RestAssuredExchanges() {
    }

    static Exchange of(FilterableRequestSpecification request, Response response) {
        HeaderMap.Builder sent = HeaderMap.builder();
        for (Header h : request.getHeaders()) sent.add(h.getName(), h.getValue());
        boolean cookies = request.getCookies() != null && request.getCookies().exist();
        HeaderMap requestHeaders = sent.build();
        HeaderMap.Builder received = HeaderMap.builder();
        for (Header h : response.getHeaders()) received.add(h.getName(), h.getValue());
        byte[] body = response.asByteArray();
        return new Exchange(request.getMethod(), FindingCollector.uri(request.getURI()), requestHeaders,
                response.getStatusCode(), received.build(), body == null ? "" : Exchange.decode(body),
                response.getContentType(), cookies || Exchange.carriesCredentials(requestHeaders));
    }
}
