package org.carla.staging.gate.http;

import io.qameta.allure.Allure;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Records each HTTP exchange as an Allure attachment, after every other filter has run (so it shows
 * what really went over the wire), with credentials and passwords redacted.
 */
public final class ExchangeAttachmentFilter implements OrderedFilter {
    private static final int MAX_BODY = 16 * 1024;

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        // Set-up code outside a test (a test factory's body, a class fixture) has nothing to attach to.
        if (Allure.getLifecycle().getCurrentTestCase().isEmpty()) return response;
        StringBuilder text = new StringBuilder();
        text.append(request.getMethod()).append(' ').append(Redaction.url(request.getURI())).append('\n');
        request.getHeaders().forEach(h -> text.append(h.getName()).append(": ").append(Redaction.header(h.getName(), h.getValue())).append('\n'));
        Object body = request.getBody();
        if (body != null) text.append('\n').append(truncate(Redaction.body(String.valueOf(body)))).append('\n');
        text.append("\n--- ").append(response.getStatusLine()).append(" (").append(response.getTime()).append(" ms)\n");
        response.getHeaders().forEach(h -> text.append(h.getName()).append(": ").append(Redaction.header(h.getName(), h.getValue())).append('\n'));
        text.append('\n').append(truncate(Redaction.body(response.getBody().asString())));
        Allure.addAttachment(request.getMethod() + " " + request.getDerivedPath() + " → " + response.getStatusCode(), "text/plain", text.toString(), ".txt");
        return response;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY) + "\n… (" + text.length() + " characters in all)";
    }

    /** Last: after auth and any other filter has shaped the request. */
    @Override
    public int getOrder() {
        return Integer.MAX_VALUE;
    }
}
