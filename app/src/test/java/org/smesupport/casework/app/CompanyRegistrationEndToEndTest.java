package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyRegisteredEvent;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.SizeClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** A corporate number belongs to one company; a sole proprietor is registered without one. */
class CompanyRegistrationEndToEndTest extends EndToEndTest {

    private static final int RACERS = 8;

    @Autowired
    EventStore eventStore;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void aRegistrationStoredBeforeTheNameHadAReadingHasNone() {
        SerializedType type = new SimpleSerializedType(CompanyRegisteredEvent.class.getName(), null);
        String stored = """
                {"companyId": "company-1", "corporateNumber": "%s", "name": "株式会社旧登録", "industry": "RETAIL",
                 "municipality": "横浜市", "sizeClass": "SMALL", "identityDocument": null}
                """.formatted(TestData.corporateNumber());

        CompanyRegisteredEvent event = eventSerializer.deserialize(
                new SimpleSerializedObject<>(stored, String.class, type));

        assertThat(event.name()).isEqualTo("株式会社旧登録");
        assertThat(event.kana()).isNull();
    }

    @Test
    void aCompanyRegisteredBeforeNumbersWereClaimedHoldsItsNumberToo() {
        String number = TestData.corporateNumber();
        String id = "company-before-claims-" + UUID.randomUUID();
        eventStore.publish(new GenericDomainEventMessage<>("Company", id, 0, new CompanyRegisteredEvent(
                CompanyId.of(id), CorporateNumber.of(number), "株式会社旧登録", Industry.MANUFACTURING, "横浜市",
                SizeClass.SMALL, null)));

        as("auditor").awaitGet("/api/audit/streams/corporate-number-" + number, body -> body.size() == 1);
        Map<String, Object> again = TestData.company();
        again.put("corporateNumber", number);
        ResponseEntity<JsonNode> duplicate = as("caseworker").post("/api/companies", again);

        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().get("detail").asText()).endsWith("to company " + id + ".");
    }

    @Test
    void aCorporateNumberRegisteredAgainIsAConflictNamingItsHolder() {
        ApiClient caseworker = as("caseworker");
        Map<String, Object> company = TestData.company();
        ResponseEntity<JsonNode> first = caseworker.post("/api/companies", company);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String holder = first.getBody().get("id").asText();

        Map<String, Object> again = TestData.company();
        again.put("corporateNumber", company.get("corporateNumber"));
        again.put("name", "株式会社二重登録");
        ResponseEntity<JsonNode> duplicate = caseworker.post("/api/companies", again);

        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().get("field").asText()).isEqualTo("corporateNumber");
        assertThat(duplicate.getBody().get("detail").asText())
                .isEqualTo("Corporate number " + company.get("corporateNumber") + " is registered already, to company "
                        + holder + ".");
    }

    @Test
    void registrationsRacingForOneCorporateNumberStoreOneCompany() throws Exception {
        String number = TestData.corporateNumber();
        ApiClient caseworker = as("caseworker");
        caseworker.get("/api/business-date"); // signs in before the race
        ExecutorService clients = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Map<String, Object> company = TestData.company();
                company.put("corporateNumber", number);
                answers.add(clients.submit(() -> {
                    start.await();
                    return caseworker.post("/api/companies", company);
                }));
            }
            start.countDown();
            List<HttpStatusCode> statuses = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS).getStatusCode());
            }
            assertThat(statuses).filteredOn(HttpStatus.CREATED::equals).hasSize(1);
            assertThat(statuses).filteredOn(status -> !HttpStatus.CREATED.equals(status))
                    .containsOnly(HttpStatus.CONFLICT);
        } finally {
            clients.shutdownNow();
        }
        assertThat(as("auditor").get("/api/audit/streams/corporate-number-" + number).getBody()).hasSize(1);
    }

    @Test
    void aSoleProprietorIsRegisteredOnTheDocumentCheckedAndAFirmNeedsItsNumber() {
        ApiClient caseworker = as("caseworker");
        Map<String, Object> soleProprietor = TestData.company();
        soleProprietor.remove("corporateNumber");
        soleProprietor.put("sizeClass", "SOLE_PROPRIETOR");
        soleProprietor.put("identityDocument", "OPENING_NOTICE");
        soleProprietor.put("kana", "テストセイコウ");
        ResponseEntity<JsonNode> registered = caseworker.post("/api/companies", soleProprietor);
        assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.CREATED);
        JsonNode view = caseworker.awaitGet("/api/companies/" + registered.getBody().get("id").asText(), body -> true);
        assertThat(view.get("identityDocument").asText()).isEqualTo("OPENING_NOTICE");
        assertThat(view.get("kana").asText()).isEqualTo("テストセイコウ");
        assertThat(view.hasNonNull("corporateNumber")).isFalse();

        Map<String, Object> firm = TestData.company();
        firm.remove("corporateNumber");
        ResponseEntity<JsonNode> refused = caseworker.post("/api/companies", firm);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("field").asText()).isEqualTo("corporateNumber");
    }
}
