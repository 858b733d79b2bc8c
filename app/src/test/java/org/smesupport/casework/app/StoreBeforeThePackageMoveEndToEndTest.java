package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events stored before the contract moved to module-qualified packages name their types by the former
 * packages ({@code org.smesupport.casework.company.CompanyRegisteredEvent}); they must load as before,
 * in the audit trail and when the aggregate is rebuilt for a command.
 */
class StoreBeforeThePackageMoveEndToEndTest extends EndToEndTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Cache aggregateCache;

    @Test
    void eventsStoredUnderTheFormerPackageNamesLoadAsBefore() {
        String companyId = Answers.created(as("caseworker").post("/api/companies", TestData.company()));
        int renamed = jdbc.update("UPDATE DomainEventEntry SET payloadType = ? WHERE aggregateIdentifier = ?",
                "org.smesupport.casework.company.CompanyRegisteredEvent", companyId);
        assertThat(renamed).isEqualTo(1);
        aggregateCache.removeAll();

        JsonNode stream = as("auditor").get("/api/audit/streams/" + companyId).getBody();
        assertThat(stream.get(0).get("type").asText()).isEqualTo("CompanyRegisteredEvent");
        assertThat(as("caseworker").post("/api/companies/" + companyId + "/update", Map.of("name", "株式会社改名",
                "industry", "SERVICES", "municipality", "川崎市", "sizeClass", "MICRO", "expectedVersion", 0))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
