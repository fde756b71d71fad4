package org.carla.staging.gate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiSpecTest {
    private static final String DOC = """
            {"openapi":"3.0.2","info":{"title":"t","version":"1"},
             "paths":{
              "/api/auth/register":{"post":{"operationId":"register","requestBody":{"content":{"application/json":
                 {"schema":{"$ref":"#/components/schemas/Register"}}}},
                 "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Message"}}}}}}},
              "/api/reports/{report_id}":{"get":{"security":[{"HTTPBearer":[]}],"parameters":[{"name":"report_id","in":"path","required":true,"schema":{"type":"integer"}}],
                 "responses":{"200":{"description":"ok"},"404":{"description":"missing","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Message"}}}}}}}},
             "components":{"schemas":{
              "Register":{"type":"object","required":["username","email","password"],"properties":{
                 "username":{"type":"string"},"email":{"type":"string","format":"email"},"password":{"type":"string"},
                 "first_name":{"type":"string"},"age":{"type":"integer","minimum":3},"tags":{"type":"array","items":{"type":"string"}}}},
              "Message":{"type":"object","required":["detail"],"properties":{"detail":{"type":"string"}}}}}}
            """;

    @Test
    void listsOperationsWithTheirSecurityAndBody() {
        List<Operation> operations = OpenApiSpec.parse(DOC).operations();
        assertThat(operations).extracting(Operation::toString).containsExactly("POST /api/auth/register", "GET /api/reports/{report_id}");
        assertThat(operations.get(0).secured()).isFalse();
        assertThat(operations.get(1).secured()).isTrue();
        assertThat(operations.get(0).bodySchema()).isPresent();
    }

    @Test
    void samplesAValidBodyWithMeaningfulValues() {
        OpenApiSpec spec = OpenApiSpec.parse(DOC);
        JsonNode body = new SampleValues(spec, () -> "gate_x1", "Gate-Pass-9").sample(spec.operations().get(0).bodySchema().orElseThrow());
        assertThat(body.get("username").asText()).isEqualTo("gate_x1");
        assertThat(body.get("email").asText()).isEqualTo("gate_x1@example.org");
        assertThat(body.get("password").asText()).isEqualTo("Gate-Pass-9");
        assertThat(body.get("age").asInt()).isEqualTo(3);
        assertThat(body.get("tags").isArray()).isTrue();
    }

    @Test
    void validatesResponsesAgainstTheDocument() {
        ResponseContract contract = new ResponseContract(OpenApiSpec.parse(DOC));
        assertThat(contract.problems("GET", "/api/reports/7", 404, java.util.Map.of("Content-Type", "application/json"), "{\"detail\":\"Not found\"}")).isEmpty();
        assertThat(contract.problems("GET", "/api/reports/7", 404, java.util.Map.of("Content-Type", "application/json"), "{\"error\":1}"))
                .anySatisfy(p -> assertThat(p).contains("detail"));
        assertThat(contract.problems("GET", "/api/reports/7", 500, java.util.Map.of(), "boom")).isNotEmpty();
    }

    @Test
    void refusesWhatIsNotOpenApi3() {
        assertThatThrownBy(() -> OpenApiSpec.parse("{\"swagger\":\"2.0\"}")).hasMessageContaining("not an OpenAPI 3 document");
    }
}
