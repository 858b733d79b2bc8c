package org.smesupport.casework.query.consultation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.ConsultationSessionRecordedEvent;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.projection.consultation.ConsultationCaseProjection;
import org.smesupport.casework.projection.consultation.ConsultationStatisticsProjection;
import org.smesupport.casework.query.ReadModelFixture;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP contract, through a real query bus to the real handlers on the in-memory Mongo server. */
class ConsultationEndpointsTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private MockMvc http;

    @BeforeEach
    void setUp() {
        ConsultationCaseId caseId = ConsultationCaseId.of("K-1");
        Object[] events = {
                new ConsultationCaseOpenedEvent(caseId, CompanyId.of("C-1"), Desk.SUBCONTRACTING, "unpaid invoice, urgent",
                        LocalDate.of(2020, 4, 10)),
                new ConsultationSessionRecordedEvent(caseId, 1, Desk.SUBCONTRACTING, LocalDate.of(2019, 5, 1),
                        ConsultationCategory.TRADE, "Kato", 60, "", true),
                new ConsultationSessionRecordedEvent(caseId, 2, Desk.SUBCONTRACTING, LocalDate.of(2020, 5, 1),
                        ConsultationCategory.TRADE, "Kato", 60, "", true),
                new ConsultationSessionRecordedEvent(caseId, 3, Desk.SUBCONTRACTING, LocalDate.of(2020, 5, 2),
                        ConsultationCategory.LEGAL, "Kato", 60, "", false)};
        fixture.project(new ConsultationCaseProjection(fixture.database(), 100), Instant.parse("2020-05-02T00:00:00Z"), events);
        fixture.project(new ConsultationStatisticsProjection(fixture.database(), 100), Instant.parse("2020-05-02T00:00:00Z"), events);
        QueryGateway queries = fixture.gateway(new ConsultationCaseQueryHandler(fixture.database(), fixture.companyNames()),
                new ConsultationStatisticsQueryHandler(fixture.database(), fixture.published()));
        http = ReadModelFixture.http(
                new ConsultationCaseController(queries,
                        ReadModelFixture.acceptedDates(Clock.fixed(Instant.parse("2021-06-01T00:00:00Z"), ZoneOffset.UTC))), ReadModelFixture.reports(queries, new ConsultationReport()));
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void listsAndShowsCases() throws Exception {
        http.perform(get("/api/consultations").param("desk", "SUBCONTRACTING").param("status", "OPEN"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].caseId").value("K-1"))
                .andExpect(jsonPath("$.items[0].openedOn").value("2020-04-10"));
        http.perform(get("/api/consultations/K-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.sessionCount").value(3))
                .andExpect(jsonPath("$.timeline.length()").value(4));
    }

    @Test
    void rejectsBadListParameters() throws Exception {
        http.perform(get("/api/consultations").param("desk", "NOWHERE")).andExpect(status().isBadRequest());
        http.perform(get("/api/consultations").param("status", "open")).andExpect(status().isBadRequest());
        http.perform(get("/api/consultations").param("size", "201")).andExpect(status().isBadRequest());
        http.perform(get("/api/consultations").param("page", "-1")).andExpect(status().isBadRequest());
        http.perform(get("/api/consultations").param("openedFrom", "2020-13-01")).andExpect(status().isBadRequest());
        http.perform(get("/api/consultations").param("openedFrom", "1989-12-31")).andExpect(status().isBadRequest());
        http.perform(get("/api/consultations").param("openedTo", "+10000-01-01")).andExpect(status().isBadRequest());
        http.perform(get("/api/consultations").param("openedTo", "20200601")).andExpect(status().isBadRequest());
        http.perform(get("/api/consultations").param("openedFrom", "2020-05-01").param("openedTo", "2020-04-01"))
                .andExpect(status().isBadRequest());
        http.perform(get("/api/consultations").param("size", "200")).andExpect(status().isOk());
    }

    @Test
    void anUnknownCaseIsNotFound() throws Exception {
        http.perform(get("/api/consultations/nope")).andExpect(status().isNotFound());
    }

    @Test
    void reportsAsJsonByDefault() throws Exception {
        http.perform(get("/api/reports/consultations/2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.yearBLabel").value("2020 (R02)"))
                .andExpect(jsonPath("$.categories[9].code").value("TRADE"))
                .andExpect(jsonPath("$.categories[9].countA").value(1))
                .andExpect(jsonPath("$.categories[9].countB").value(1))
                .andExpect(jsonPath("$.categories[9].shareB").value(50.0))
                .andExpect(jsonPath("$.categories[9].ratio").value(100.0))
                .andExpect(jsonPath("$.total.countB").value(2))
                .andExpect(jsonPath("$.tables[3].code").value("SUBCONTRACTING"))
                .andExpect(jsonPath("$.tables[3].lines[0].b.count").value(2))
                .andExpect(jsonPath("$.tables[3].lines[1].code").value("LAWYER"))
                .andExpect(jsonPath("$.tables[3].lines[1].b.count").value(1))
                .andExpect(jsonPath("$.tables[1].lines[1].code").value("KIP_TOTAL"))
                .andExpect(jsonPath("$.tables[1].lines[1].b.count").value(2))
                .andExpect(jsonPath("$.tables[0].lines[0].years[0].source").value("NONE"))
                .andExpect(jsonPath("$.yearLabels[4]").value("2020 (R02)"))
                .andExpect(jsonPath("$.note").value(containsString("KIP 全体")));
    }

    @Test
    void reportsAsCsvOnRequest() throws Exception {
        String totalRow = "TOTAL,合計,1,100.0,2,100.0,1,200.0\r\n";
        http.perform(get("/api/reports/consultations/2020").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().encoding("UTF-8"))
                .andExpect(content().string(containsString(
                        "相談内容内訳,項目,2019 (R01) (A),構成比 A %,2020 (R02) (B),構成比 B %,B-A,B/A %\r\n")))
                .andExpect(content().string(containsString("LEGAL,法律,0,0.0,1,50.0,1,\r\n")))
                .andExpect(content().string(containsString(totalRow)))
                .andExpect(content().string(containsString("下請かけこみ寺,項目,単位,2016 (H28),2017 (H29),2018 (H30),"
                        + "2019 (R01) (A),2020 (R02) (B),B-A,B/A %,注記\r\nSESSIONS,相談件数,件,―,―,―,1,2,1,200.0,")))
                .andExpect(content().string(containsString("LAWYER,うち弁護士相談,件,―,―,―,1,1,0,100.0,")));
        http.perform(get("/api/reports/consultations/2021").header("Accept", "text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("TOTAL,合計,2,100.0,0,,-2,0.0\r\n")));
    }

    @Test
    void aYearWithoutDataIsAReportOfZeros() throws Exception {
        http.perform(get("/api/reports/consultations/2040"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.countA").value(0))
                .andExpect(jsonPath("$.total.countB").value(0));
    }

    @Test
    void rejectsBadFiscalYearsAndFormats() throws Exception {
        http.perform(get("/api/reports/consultations/1800")).andExpect(status().isBadRequest());
        http.perform(get("/api/reports/consultations/1990")).andExpect(status().isBadRequest());
        http.perform(get("/api/reports/consultations/abc")).andExpect(status().isBadRequest());
        http.perform(get("/api/reports/consultations/2020").param("format", "xml")).andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownReportIsNotFound() throws Exception {
        http.perform(get("/api/reports/consultation/2020"))
                .andExpect(status().isNotFound())
                .andExpect(status().reason(containsString("the reports are consultations")));
    }
}
