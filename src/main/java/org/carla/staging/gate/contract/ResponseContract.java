package org.carla.staging.gate.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Map;

/** Checks real responses against the document the application publishes (swagger-request-validator). */
public final class ResponseContract {
    private final OpenApiInteractionValidator validator;

    public ResponseContract(OpenApiSpec spec) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec.text()).build();
    }

    /** Every problem with one response, as readable lines; empty when it matches the document. */
    public List<String> problems(String method, String path, int status, Map<String, String> headers, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withBody(body);
        headers.forEach(response::withHeader);
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }
}
