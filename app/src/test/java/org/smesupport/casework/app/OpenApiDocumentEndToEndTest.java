package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document clients generate from: titled and described, with the bearer and Basic schemes Swagger UI's
 * Authorize offers, and on every operation of the API the problem answers (401, 403, and for changes 409 and 422, each
 * an RFC 9457 problem) and the headers it reads (Idempotency-Key and X-Business-Date on changes, X-Correlation-Id on
 * all).
 */
class OpenApiDocumentEndToEndTest extends EndToEndTest {

    @Test
    void everyOperationSaysHowToSignInWhatItRefusesAndWhichHeadersItReads() {
        JsonNode document = rest.getForObject("/v3/api-docs", JsonNode.class);

        assertThat(document.at("/info/title").asText()).isEqualTo("SME-support case management API");
        assertThat(document.at("/info/description").asText()).contains("POST /api/auth/token");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(document.get("security").findValuesAsText("bearer")).isNotNull();
        assertThat(document.at("/components/schemas/Problem/properties").has("detail")).isTrue();

        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String operation = method.getKey().toUpperCase() + " " + path.getKey();
                operations.add(operation);
                JsonNode responses = method.getValue().get("responses");
                assertThat(responses.has("401") && responses.has("403")).as(operation).isTrue();
                assertThat(responses.at("/403/content").has("application/problem+json")).as(operation).isTrue();
                List<String> headers = method.getValue().path("parameters").findValuesAsText("name");
                assertThat(headers).as(operation).contains("X-Correlation-Id");
                if (method.getKey().equals("post") && !path.getKey().equals("/api/auth/token")) {
                    assertThat(responses.has("422") && responses.has("409")).as(operation).isTrue();
                    assertThat(headers).as(operation).contains("Idempotency-Key", "X-Business-Date");
                }
            }
        }
        assertThat(operations).contains("POST /api/consultations", "GET /api/reports/{report}/{fiscalYear}",
                "POST /api/admin/personal-data/erasures").hasSizeGreaterThan(80);
    }
}
