package org.smesupport.casework.query.restructuring;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringCaseOpenedEvent;
import org.smesupport.casework.projection.restructuring.RestructuringCaseProjection;
import org.smesupport.casework.query.ReadModelFixture;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP contract over {@link RestructuringScenario}, through a real query bus to the real handlers. */
class RestructuringEndpointsTest {

    /** "Today" for every default as-of: 2020-06-15 in Tokyo. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-06-15T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private final ReadModelFixture fixture = new ReadModelFixture();
    private MockMvc http;

    @BeforeEach
    void setUp() {
        RestructuringScenario.project(fixture);
        fixture.registerCompany("C-R-1", "湘南フーズ");
        fixture.registerCompany("C-R-2", "相模精機");
        fixture.registerCompany("C-S-1", "川崎工業");
        QueryGateway queries = fixture.gateway(new RestructuringCaseQueryHandler(fixture.database(), fixture.companyNames()),
                new ImprovementSubsidyQueryHandler(fixture.database(), fixture.companyNames()),
                new RestructuringStatisticsQueryHandler(fixture.database(), fixture.published()));
        http = ReadModelFixture.http(new RestructuringController(queries, CLOCK, ReadModelFixture.acceptedDates(CLOCK)), ReadModelFixture.reports(queries, new RestructuringReport()));
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void listsCasesByStageAndCaseworkerWithTheirAgeInStage() throws Exception {
        http.perform(get("/api/restructuring/cases").param("caseworker", "sato"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].caseId").value("R-3"));
        // R-2 entered the second stage on 2020-05-01: 45 days by the clock's 2020-06-15.
        http.perform(get("/api/restructuring/cases").param("stage", "SECOND_STAGE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].caseId").value("R-2"))
                .andExpect(jsonPath("$.items[0].companyId").value("C-R-2"))
                .andExpect(jsonPath("$.items[0].companyName").value("相模精機"))
                .andExpect(jsonPath("$.items[0].stageEnteredOn").value("2020-05-01"))
                .andExpect(jsonPath("$.items[0].daysInStage").value(45))
                .andExpect(jsonPath("$.items[0].specialReschedulings[0]").value("2020-06-01"));
        http.perform(get("/api/restructuring/cases").param("companyId", "C-R-2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].caseId").value("R-2"));
        http.perform(get("/api/restructuring/cases").param("stage", "DONE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void showsACaseWithItsStagesAndTimeline() throws Exception {
        http.perform(get("/api/restructuring/cases/R-1").param("asOf", "2020-07-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.companyName").value("湘南フーズ"))
                .andExpect(jsonPath("$.summary.stage").value("PLAN_COMPLETED"))
                .andExpect(jsonPath("$.summary.daysInStage").value(61))
                .andExpect(jsonPath("$.summary.drastic").value(true))
                .andExpect(jsonPath("$.summary.caseworker").value("sato"))
                .andExpect(jsonPath("$.stages.length()").value(4))
                .andExpect(jsonPath("$.stages[2].stage").value("PLAN_DRAFTING"))
                .andExpect(jsonPath("$.stages[2].enteredOn").value("2020-03-01"))
                .andExpect(jsonPath("$.plan.planSummary").value("debt forgiveness"))
                .andExpect(jsonPath("$.timeline.length()").value(4))
                .andExpect(jsonPath("$.timeline[3].type").value("PLAN_COMPLETED"))
                .andExpect(jsonPath("$.timeline[3].user").value("sato"));
        http.perform(get("/api/restructuring/cases/R-3"))
                .andExpect(jsonPath("$.ending.atStage").value("FIRST_RESPONSE"))
                .andExpect(jsonPath("$.ending.reason").value("found a buyer"));
        http.perform(get("/api/restructuring/cases/R-9")).andExpect(status().isNotFound());
    }

    @Test
    void showsTheBoardAsItStoodOnADay() throws Exception {
        // 2020-03-31: R-1 drafting since 2020-03-01 (30 days); not yet opened.
        http.perform(get("/api/restructuring/board").param("asOf", "2020-03-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[2].stage").value("PLAN_DRAFTING"))
                .andExpect(jsonPath("$.columns[2].label").value("計画策定支援中"))
                .andExpect(jsonPath("$.columns[2].count").value(1))
                .andExpect(jsonPath("$.columns[2].cases[0].caseId").value("R-1"))
                .andExpect(jsonPath("$.columns[2].cases[0].daysInStage").value(30))
                .andExpect(jsonPath("$.columns[0].count").value(0))
                .andExpect(jsonPath("$.columns[1].count").value(0));
        // By the clock, 2020-06-15: R-1 completed (counted, not listed), R-2 45 days in the second stage.
        http.perform(get("/api/restructuring/board"))
                .andExpect(jsonPath("$.asOf").value("2020-06-15"))
                .andExpect(jsonPath("$.columns[1].cases[0].caseId").value("R-2"))
                .andExpect(jsonPath("$.columns[1].cases[0].companyName").value("相模精機"))
                .andExpect(jsonPath("$.columns[1].cases[0].daysInStage").value(45))
                .andExpect(jsonPath("$.columns[3].count").value(1))
                .andExpect(jsonPath("$.columns[3].cases.length()").value(0));
    }

    @Test
    void leavesCasesOpenedAfterTheDayOffTheBoardWhateverTheirYear() throws Exception {
        // Stored before dates were bounded: as a string "+10000-01-01" sorts before "2020-06-15".
        fixture.project(new RestructuringCaseProjection(fixture.database(), 100), RestructuringScenario.AT,
                new RestructuringCaseOpenedEvent(RestructuringCaseId.of("R-FAR"), CompanyId.of("C-FAR"), "typo",
                        LocalDate.parse("+10000-01-01")));
        http.perform(get("/api/restructuring/board"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.columns[0].count").value(0))
                .andExpect(jsonPath("$.columns[1].count").value(1));
    }

    @Test
    void refusesAnAsOfOutsideTheAcceptedDates() throws Exception {
        http.perform(get("/api/restructuring/board").param("asOf", "+10000-01-01"))
                .andExpect(status().isBadRequest());
        http.perform(get("/api/restructuring/board").param("asOf", "1990-03-31"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void listsAndShowsSubsidyFilesWithTheCapApplied() throws Exception {
        http.perform(get("/api/restructuring/subsidies").param("kind", "IMPROVEMENT_PLAN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].subsidyId").value("S-1"))
                .andExpect(jsonPath("$.items[0].companyName").value("川崎工業"));
        http.perform(get("/api/restructuring/subsidies/S-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.companyName").value("川崎工業"))
                .andExpect(jsonPath("$.cost").value(3_600_000))
                .andExpect(jsonPath("$.twoThirds").value(2_400_000))
                .andExpect(jsonPath("$.cap").value(2_000_000))
                .andExpect(jsonPath("$.subsidy").value(2_000_000))
                .andExpect(jsonPath("$.steps.length()").value(4))
                .andExpect(jsonPath("$.lastStep").value("PAYMENT_APPLICATION_DECIDED"));
        http.perform(get("/api/restructuring/subsidies/S-9")).andExpect(status().isNotFound());
    }

    @Test
    void servesTheReportAsJsonAndCsv() throws Exception {
        http.perform(get("/api/reports/restructuring/2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.yearBLabel").value("2020 (R02)"))
                .andExpect(jsonPath("$.tables[0].lines[4].code").value("DEALS"))
                .andExpect(jsonPath("$.tables[0].lines[4].b.halves").value(3))
                .andExpect(jsonPath("$.tables[0].lines[4].b.halfCounted").value(1.5))
                .andExpect(jsonPath("$.tables[3].lines[2].code").value("PLAN_DRAFTING"))
                .andExpect(jsonPath("$.tables[3].lines[2].a.count").value(1));
        http.perform(get("/api/reports/restructuring/2020").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("restructuring-FY2020.csv")))
                .andExpect(content().string(containsString("DEALS,成約件数※,件,―,―,―,0.0,1.5,1.5,,\r\n")))
                .andExpect(content().string(containsString("PLAN_DRAFTING,計画策定支援中,件,―,―,―,1,0,-1,0.0,\r\n")))
                .andExpect(content().string(containsString("SUBSIDIES_DECIDED,助成決定額,千円,―,―,―,0,2000,2000,,\r\n")));
        http.perform(get("/api/reports/restructuring/20x0")).andExpect(status().isBadRequest());
    }
}
