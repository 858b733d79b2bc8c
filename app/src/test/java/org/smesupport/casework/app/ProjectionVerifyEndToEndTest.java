package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A rebuild verified without touching the live read model: every read model of a store with a company, a case and a
 * lease equals a rebuild into a shadow database; a company document changed behind the projection's back and one
 * deleted are each named, and the live read model is left as it was. Its own application, since it damages a read
 * model.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class ProjectionVerifyEndToEndTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MongoDatabase readModels;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-verify-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void everyReadModelEqualsARebuildAndADamagedDocumentIsNamed() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String caseId = created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "ONE_STOP", "2020-06-01")));
        Answers.ok(caseworker.post("/api/consultations/" + caseId + "/sessions",
                TestData.session("2020-06-02", "FINANCING", false)));
        created(caseworker.post("/api/leases", LeaseInArrears.contract(companyId)));
        ApiClient admin = new ApiClient(rest, "admin");
        admin.awaitGet("/api/admin/projections", all -> {
            for (JsonNode projection : all) {
                if (projection.get("lag").asLong() > 0) {
                    return false;
                }
            }
            return true;
        });

        for (JsonNode projection : admin.get("/api/admin/projections").getBody()) {
            String name = projection.get("name").asText();
            JsonNode verified = admin.post("/api/admin/projections/" + name + "/verify", Map.of()).getBody();
            if (!projection.get("replayable").asBoolean() || name.equals("audit-chain")) {
                assertThat(verified.get("status").asInt()).as(name).isEqualTo(409);
                continue;
            }
            assertThat(verified.get("differences")).as(name).isEmpty();
            assertThat(verified.get("agrees").asBoolean()).as(name).isTrue();
        }
        JsonNode companies = admin.post("/api/admin/projections/companies/verify", Map.of()).getBody();
        assertThat(companies.get("collections")).anySatisfy(collection -> {
            assertThat(collection.get("collection").asText()).isEqualTo("companies");
            assertThat(collection.get("compared").asLong()).isEqualTo(1);
        });

        MongoCollection<Document> live = readModels.getCollection("companies");
        Document before = live.find(Filters.eq("_id", companyId)).first();
        live.updateOne(Filters.eq("_id", companyId), Updates.set("name", "株式会社書換え"));
        JsonNode changed = admin.post("/api/admin/projections/companies/verify", Map.of()).getBody();
        assertThat(changed.get("agrees").asBoolean()).isFalse();
        assertThat(changed.get("differences")).singleElement().satisfies(difference -> {
            assertThat(difference.get("id").asText()).isEqualTo(companyId);
            assertThat(difference.get("kind").asText()).isEqualTo("DIFFERENT");
            assertThat(difference.get("fields")).singleElement()
                    .satisfies(field -> assertThat(field.asText()).isEqualTo("name"));
        });
        live.deleteOne(Filters.eq("_id", companyId));
        JsonNode deleted = admin.post("/api/admin/projections/companies/verify", Map.of()).getBody();
        assertThat(deleted.get("differences")).singleElement()
                .satisfies(difference -> assertThat(difference.get("kind").asText()).isEqualTo("MISSING"));
        live.insertOne(before);
        assertThat(admin.post("/api/admin/projections/companies/verify", Map.of()).getBody().get("agrees")
                .asBoolean()).isTrue();

        assertThat(admin.post("/api/admin/projections/no-such/verify", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(caseworker.post("/api/admin/projections/companies/verify", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
