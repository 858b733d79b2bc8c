package org.smesupport.casework.query.reference;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.projection.reference.ReferenceProjection;
import org.smesupport.casework.query.ReadModelFixture;
import org.springframework.test.web.servlet.MockMvc;

class ReferenceEndpointsTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private MockMvc http;

    @BeforeEach
    void setUp() {
        fixture.project(new ReferenceProjection(fixture.database(), 100), Instant.parse("2020-05-11T00:00:00Z"),
                new ReferenceAssignedEvent("reference-IMPROVEMENT_SUBSIDY-2020", ReferenceKind.IMPROVEMENT_SUBSIDY,
                        2020, 12, "補助-2020-0012", "IS-1"));
        http = ReadModelFixture.http(new ReferenceController(fixture.gateway(new ReferenceQueryHandler(fixture.database()))));
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void findsTheRecordAReferenceNamesWithItsPath() throws Exception {
        http.perform(get("/api/references/{reference}", "補助-2020-0012"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("補助-2020-0012"))
                .andExpect(jsonPath("$.kind").value("IMPROVEMENT_SUBSIDY"))
                .andExpect(jsonPath("$.recordId").value("IS-1"))
                .andExpect(jsonPath("$.path").value("/api/restructuring/subsidies/IS-1"));
    }

    @Test
    void aReferenceNoRecordHasIsNotFound() throws Exception {
        http.perform(get("/api/references/{reference}", "補助-2020-0013")).andExpect(status().isNotFound());
    }
}
