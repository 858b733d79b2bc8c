package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document clients generate from: titled and described, with the bearer and Basic schemes Swagger UI's
 * Authorize offers, and on every operation of the API a programme's tag, a stable unique operation id, a summary and
 * a description, the answers it gives (201 with where the new record is, 202, and the problem answers 401, 403, and for
 * changes 409 and 422, each an RFC 9457 problem) and the headers it reads (Idempotency-Key and X-Business-Date on
 * changes, X-Correlation-Id on all); each report with its own schema. The document in the repository
 * ({@code src/docs/openapi.json}, which the test client is generated from) is the one the application serves.
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

        List<String> tags = document.get("tags").findValuesAsText("name");
        Set<String> operationIds = new HashSet<>();
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
                assertThat(method.getValue().get("tags")).as(operation).singleElement()
                        .extracting(JsonNode::asText).isIn(tags);
                String operationId = method.getValue().get("operationId").asText();
                assertThat(operationId).as(operation).matches("[a-z][A-Za-z]+");
                assertThat(operationIds.add(operationId)).as(operation + " has its own id " + operationId).isTrue();
                assertThat(method.getValue().get("summary").asText()).as(operation).isNotBlank().hasSizeLessThan(100);
                assertThat(method.getValue().get("description").asText()).as(operation).isNotBlank();
                List<String> headers = method.getValue().path("parameters").findValuesAsText("name");
                assertThat(headers).as(operation).contains("X-Correlation-Id");
                if (method.getKey().equals("post") && !path.getKey().equals("/api/auth/token")) {
                    assertThat(responses.has("422") && responses.has("409")).as(operation).isTrue();
                    assertThat(headers).as(operation).contains("Idempotency-Key", "X-Business-Date");
                }
            }
        }
        assertThat(operations).contains("POST /api/consultations", "GET /api/reports/consultations/{fiscalYear}",
                "POST /api/admin/personal-data/erasures").hasSizeGreaterThan(80);
        assertThat(tags).contains("consultations", "leases", "matching", "restructuring", "succession", "reports");
    }

    @Test
    void creationsAnswer201WithTheirPlaceAndEveryReportHasItsOwnSchema() {
        JsonNode document = rest.getForObject("/v3/api-docs", JsonNode.class);

        for (String created : List.of("/api/companies", "/api/consultations", "/api/leases", "/api/matching/suppliers",
                "/api/restructuring/cases", "/api/succession/cases", "/api/admin/personal-data/erasures")) {
            JsonNode responses = document.at("/paths/" + pointer(created) + "/post/responses");
            assertThat(responses.has("201")).as(created).isTrue();
            assertThat(responses.has("200")).as(created + " documents what it answers, not 200").isFalse();
        }
        assertThat(document.at("/paths/" + pointer("/api/companies") + "/post/responses/201/headers").has("Location"))
                .isTrue();
        assertThat(document.at("/paths/" + pointer("/api/admin/projections/{name}/replay") + "/post/responses")
                .has("202")).isTrue();
        for (String report : List.of("consultations", "leases", "matching", "restructuring")) {
            JsonNode answer = document.at("/paths/" + pointer("/api/reports/" + report + "/{fiscalYear}")
                    + "/get/responses/200/content");
            assertThat(answer.at("/application~1json/schema/$ref").asText()).as(report)
                    .startsWith("#/components/schemas/").endsWith("StatisticsReport");
            assertThat(answer.has("text/csv")).as(report).isTrue();
            assertThat(document.at("/paths/" + pointer("/api/reports/" + report + "/{fiscalYear}/as-of/{date}")
                    + "/get/responses/200/content/application~1json/schema/$ref").asText()).endsWith("ReportAsOf");
        }
        assertThat(document.at("/components/schemas/ConsultationStatisticsReport/properties").has("tables")).isTrue();
        // money in whole yen: an integer, never a decimal a client could send a fraction of a yen in
        assertThat(document.at("/components/schemas/OpenLeaseContractRequest/properties/amount/type").asText())
                .isEqualTo("integer");
        assertThat(document.at("/components/schemas/RecordLeasePaymentRequest/properties/amount/format").asText())
                .isEqualTo("int64");
    }

    /**
     * The test client is generated from the file at build time; this keeps it the document the application serves.
     * After a change to the API, copy {@code app/target/openapi.json} (written when they differ) to
     * {@code src/docs/openapi.json}.
     */
    @Test
    void theDocumentInTheRepositoryIsTheOneServed() throws Exception {
        JsonNode served = rest.getForObject("/v3/api-docs", JsonNode.class);
        ObjectMapper json = new ObjectMapper();
        JsonNode committed = json.readTree(Files.readString(Path.of("../src/docs/openapi.json")));
        if (!committed.equals(served)) {
            Files.writeString(Path.of("target/openapi.json"),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        }
        assertThat(committed).as("src/docs/openapi.json against /v3/api-docs; the served one is in "
                + "app/target/openapi.json").isEqualTo(served);
    }

    /** A path as a JSON pointer segment ({@code /} is {@code ~1}). */
    private static String pointer(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
