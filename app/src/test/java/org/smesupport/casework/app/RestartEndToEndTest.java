package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Events, read models and tracking tokens survive a restart of the embedded default. */
class RestartEndToEndTest {

    @TempDir
    Path dataDir;

    @Test
    void everythingRecordedBeforeARestartIsStillThereAfterIt() {
        String companyId;
        try (ConfigurableApplicationContext app = start()) {
            ApiClient caseworker = client(app);
            ResponseEntity<JsonNode> registered = caseworker.post("/api/companies", TestData.company());
            assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            companyId = registered.getBody().get("id").asText();
            caseworker.awaitGet("/api/companies/" + companyId, body -> true);
        }
        try (ConfigurableApplicationContext app = start()) {
            ApiClient caseworker = client(app);
            assertThat(caseworker.get("/api/companies/" + companyId).getStatusCode()).isEqualTo(HttpStatus.OK);
            ResponseEntity<JsonNode> updated = caseworker.post("/api/companies/" + companyId + "/update",
                    Map.of("name", "株式会社再起動", "industry", "RETAIL", "municipality", "藤沢市", "sizeClass", "MICRO",
                            "expectedVersion", 0));
            assertThat(updated.getBody().get("version").asLong()).isEqualTo(1);
            JsonNode company = caseworker.awaitGet("/api/companies/" + companyId,
                    body -> "株式会社再起動".equals(body.path("name").asText()));
            assertThat(company.get("corporateNumber").asText()).hasSize(13);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CaseworkApplication.class)
                .profiles("test")
                .run("--server.port=0", "--casework.data-dir=" + dataDir);
    }

    private static ApiClient client(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new ApiClient(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port)),
                "caseworker");
    }
}
