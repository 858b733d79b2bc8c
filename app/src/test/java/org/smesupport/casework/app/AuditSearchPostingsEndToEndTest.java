package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smesupport.casework.app.Answers.created;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * The auditors' search answers from its posting lists exactly what a scan of the whole index answers: for searches
 * by one value, by several, by dates and by nothing, on several pages. The scan is what the search does for an index
 * built before the lists existed, which this test stands in for by taking away the lists' completeness mark.
 */
class AuditSearchPostingsEndToEndTest extends EndToEndTest {

    private static final String POSTINGS = "audit_index_postings";
    private static final String COMPLETE = "__complete";

    @Autowired
    MongoDatabase readModels;

    @Test
    void thePostingListsAnswerWhatAScanOfTheIndexAnswers() {
        ApiClient caseworker = as("caseworker");
        ApiClient supervisor = as("supervisor");
        List<String> companies = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        String correlation = "postings-" + UUID.randomUUID();
        HttpHeaders oneRequest = new HttpHeaders();
        oneRequest.set("X-Correlation-Id", correlation);
        for (int i = 0; i < 3; i++) {
            String companyId = created(caseworker.post("/api/companies", TestData.company(),
                    i == 0 ? oneRequest : new HttpHeaders()));
            companies.add(companyId);
            for (int c = 0; c < 2; c++) {
                String caseId = created(caseworker.post("/api/consultations",
                        TestData.openCase(companyId, "ONE_STOP", "2020-06-0" + (c + 1))));
                cases.add(caseId);
                Answers.ok(caseworker.post("/api/consultations/" + caseId + "/close",
                        Map.of("closedOn", "2020-06-10", "outcome", "RESOLVED", "summary", "解決")));
                Answers.ok(supervisor.post("/api/consultations/" + caseId + "/reopen",
                        Map.of("reopenedOn", "2020-06-11", "reason", "再度の相談")));
            }
        }
        List<String> searches = List.of(
                "",
                "?size=7&page=2",
                "?user=caseworker&size=5&page=1",
                "?role=SUPERVISOR",
                "?companyId=" + companies.get(1),
                "?aggregateId=" + cases.get(3) + "&size=2&page=1",
                "?eventType=ConsultationCaseReopenedEvent&size=4",
                "?aggregateType=ConsultationCase&role=CASEWORKER&size=3&page=2",
                "?companyId=" + companies.get(0) + "&eventType=ConsultationCaseClosedEvent",
                "?user=supervisor&companyId=" + companies.get(2),
                "?companyId=" + companies.get(0) + "&businessDateFrom=2020-01-01&businessDateTo=2030-03-31",
                "?recordedFrom=2020-04-01&size=3&page=1",
                "?user=nobody-here",
                "?correlationId=" + correlation,
                "?correlationId=" + correlation + "&eventType=CompanyRegisteredEvent",
                "?aggregateId=" + cases.get(0),
                "?aggregateId=no-such-record");
        ApiClient auditor = as("auditor");
        for (String search : searches) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode fromLists = auditor.get("/api/audit/events" + search).getBody();
                JsonNode byScan = scanned(() -> auditor.get("/api/audit/events" + search).getBody());
                assertThat(fromLists).as(search).isEqualTo(byScan);
            });
        }
        JsonNode company = auditor.get("/api/audit/events?companyId=" + companies.get(1)).getBody();
        assertThat(company.get("total").asLong()).as("a company's registration and its two cases' events").isPositive();
        assertThat(company.get("items").findValuesAsText("companyId")).containsOnly(companies.get(1));
    }

    /** The answer while the index is taken for one built before posting lists, which the search scans. */
    private JsonNode scanned(Supplier<JsonNode> answer) {
        readModels.getCollection(POSTINGS).deleteOne(Filters.eq("_id", COMPLETE));
        try {
            return answer.get();
        } finally {
            readModels.getCollection(POSTINGS).insertOne(new Document("_id", COMPLETE));
        }
    }
}
