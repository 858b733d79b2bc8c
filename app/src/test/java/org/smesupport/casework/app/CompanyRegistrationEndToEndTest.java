package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.company.CompanyId;
import org.smesupport.casework.company.CompanyRegisteredEvent;
import org.smesupport.casework.company.CorporateNumber;
import org.smesupport.casework.company.Industry;
import org.smesupport.casework.company.SizeClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A corporate number belongs to one company; a sole proprietor is registered without one. */
class CompanyRegistrationEndToEndTest extends EndToEndTest {

    @Autowired
    EventStore eventStore;

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
    void aSoleProprietorIsRegisteredOnTheDocumentCheckedAndAFirmNeedsItsNumber() {
        ApiClient caseworker = as("caseworker");
        Map<String, Object> soleProprietor = TestData.company();
        soleProprietor.remove("corporateNumber");
        soleProprietor.put("sizeClass", "SOLE_PROPRIETOR");
        soleProprietor.put("identityDocument", "OPENING_NOTICE");
        ResponseEntity<JsonNode> registered = caseworker.post("/api/companies", soleProprietor);
        assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.CREATED);
        JsonNode view = caseworker.awaitGet("/api/companies/" + registered.getBody().get("id").asText(), body -> true);
        assertThat(view.get("identityDocument").asText()).isEqualTo("OPENING_NOTICE");
        assertThat(view.hasNonNull("corporateNumber")).isFalse();

        Map<String, Object> firm = TestData.company();
        firm.remove("corporateNumber");
        ResponseEntity<JsonNode> refused = caseworker.post("/api/companies", firm);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("field").asText()).isEqualTo("corporateNumber");
    }
}
