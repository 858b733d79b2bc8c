package org.smesupport.casework.query.succession;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.succession.DealParty;
import org.smesupport.casework.api.succession.SuccessionCaseId;
import org.smesupport.casework.api.succession.SuccessionCaseOpenedEvent;
import org.smesupport.casework.api.succession.SuccessionDealConcludedEvent;
import org.smesupport.casework.api.succession.SuccessionDealId;
import org.smesupport.casework.api.succession.SuccessionDiagnosedEvent;
import org.smesupport.casework.api.succession.SuccessionPlanRecordedEvent;
import org.smesupport.casework.api.succession.SuccessionSide;
import org.smesupport.casework.query.ReadModelFixture;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Succession cases and deals over HTTP. FY2020 has 31 halves: fifteen deals between two in-prefecture firms
 * (30 halves) and one with an out-of-prefecture buyer (1 half), shown as 15.5.
 */
class SuccessionEndpointsTest {

    private static final Instant AT = Instant.parse("2021-03-31T00:00:00Z");

    private final ReadModelFixture fixture = new ReadModelFixture();
    private MockMvc http;

    @BeforeEach
    void setUp() {
        List<Object> events = new ArrayList<>(List.of(
                new SuccessionCaseOpenedEvent(SuccessionCaseId.of("SC-1"), CompanyId.of("C-1"), SuccessionSide.SELLER,
                        LocalDate.of(2020, 4, 1), true),
                new SuccessionCaseOpenedEvent(SuccessionCaseId.of("SC-2"), CompanyId.of("C-2"), SuccessionSide.BUYER,
                        LocalDate.of(2020, 4, 2), false),
                new SuccessionDiagnosedEvent(SuccessionCaseId.of("SC-1"), LocalDate.of(2020, 5, 1)),
                new SuccessionPlanRecordedEvent(SuccessionCaseId.of("SC-1"), LocalDate.of(2020, 6, 1))));
        for (int deal = 1; deal <= 15; deal++) {
            events.add(new SuccessionDealConcludedEvent(SuccessionDealId.of("D-" + deal),
                    new DealParty(deal == 1 ? SuccessionCaseId.of("SC-1") : null, "Seller " + deal, true),
                    new DealParty(deal == 1 ? SuccessionCaseId.of("SC-2") : null, "Buyer " + deal, true),
                    LocalDate.of(2020, 9, 1).plusDays(deal), 2));
        }
        events.add(new SuccessionDealConcludedEvent(SuccessionDealId.of("D-16"),
                new DealParty(SuccessionCaseId.of("SC-1"), "Seller 16", true), new DealParty(null, "Tokyo KK", false),
                LocalDate.of(2021, 3, 31), 1));
        events.add(new SuccessionDealConcludedEvent(SuccessionDealId.of("D-17"),
                new DealParty(null, "Seller 17", true), new DealParty(null, "Osaka KK", false), LocalDate.of(2021, 4, 1), 1));
        SuccessionReadModels.project(fixture, AT, events.toArray());
        fixture.registerCompany("C-2", "横須賀製作所");
        fixture.registerCompany("C-1", "湘南フーズ");
        http = ReadModelFixture.http(new SuccessionController(
                fixture.gateway(new SuccessionQueryHandler(fixture.database(), fixture.companyNames()))));
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void listsAndShowsCases() throws Exception {
        http.perform(get("/api/succession/cases").param("side", "BUYER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].caseId").value("SC-2"))
                .andExpect(jsonPath("$.items[0].companyName").value("横須賀製作所"))
                .andExpect(jsonPath("$.items[0].inPrefecture").value(false))
                .andExpect(jsonPath("$.items[0].deals[0].role").value("BUYER"))
                .andExpect(jsonPath("$.items[0].deals[0].counterpart").value("Seller 1"));
        http.perform(get("/api/succession/cases").param("companyId", "C-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].caseId").value("SC-1"));
        http.perform(get("/api/succession/cases/SC-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.companyName").value("湘南フーズ"))
                .andExpect(jsonPath("$.inPrefecture").value(true))
                .andExpect(jsonPath("$.diagnoses[0]").value("2020-05-01"))
                .andExpect(jsonPath("$.plans[0]").value("2020-06-01"))
                .andExpect(jsonPath("$.deals.length()").value(2))
                .andExpect(jsonPath("$.deals[1].dealId").value("D-16"));
        http.perform(get("/api/succession/cases/SC-9")).andExpect(status().isNotFound());
        http.perform(get("/api/succession/cases").param("side", "NEITHER")).andExpect(status().isBadRequest());
    }

    @Test
    void listsAYearsDealsWithTheirHalfCountedTotal() throws Exception {
        http.perform(get("/api/succession/deals").param("fiscalYear", "2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(16))
                .andExpect(jsonPath("$.items[0].dealId").value("D-16"))
                .andExpect(jsonPath("$.items[0].deals").value(0.5))
                .andExpect(jsonPath("$.items[1].deals").value(1.0))
                .andExpect(jsonPath("$.halfCounts").value(31))
                .andExpect(jsonPath("$.deals").value(15.5));
        http.perform(get("/api/succession/deals"))
                .andExpect(jsonPath("$.items.length()").value(17))
                .andExpect(jsonPath("$.halfCounts").value(32))
                .andExpect(jsonPath("$.deals").value(16.0));
        http.perform(get("/api/succession/deals").param("fiscalYear", "1900")).andExpect(status().isBadRequest());
    }
}
