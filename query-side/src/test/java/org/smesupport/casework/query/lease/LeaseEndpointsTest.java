package org.smesupport.casework.query.lease;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.query.ReadModelFixture;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP contract, through a real query bus to the real handlers; "today" is 2020-09-30 in Tokyo. */
class LeaseEndpointsTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2020-09-29T16:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private final ReadModelFixture fixture = new ReadModelFixture();
    private MockMvc http;

    @BeforeEach
    void setUp() {
        LeaseScenario.project(fixture);
        QueryGateway queries = fixture.gateway(new LeaseContractQueryHandler(fixture.database(), group -> Optional.empty(),
                fixture.companyNames()),
                new LeasePortfolioQueryHandler(fixture.database(), fixture.companyNames()), new LeaseStatisticsQueryHandler(fixture.database(), fixture.published()));
        http = ReadModelFixture.http(new LeaseContractController(queries, TODAY, ReadModelFixture.acceptedDates(TODAY)), ReadModelFixture.reports(queries, new LeaseReport()));
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void listsAndShowsContracts() throws Exception {
        http.perform(get("/api/leases").param("status", "ACTIVE").param("inArrears", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].contractId").value("L-1"))
                .andExpect(jsonPath("$.items[0].arrears").value(151_000))
                .andExpect(jsonPath("$.items[0].contractDate").value("2020-04-01"));
        http.perform(get("/api/leases/L-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2020-09-30"))
                .andExpect(jsonPath("$.daysPastDue").value(122))
                .andExpect(jsonPath("$.arrearsBucket").value("DAYS_91_TO_180"))
                .andExpect(jsonPath("$.schedule[2].state").value("OVERDUE"))
                .andExpect(jsonPath("$.rollForward[0].closing").value(151_000))
                .andExpect(jsonPath("$.timeline.length()").value(5));
        http.perform(get("/api/leases/L-1").param("asOf", "2020-06-15"))
                .andExpect(jsonPath("$.daysPastDue").value(15))
                .andExpect(jsonPath("$.arrearsBucket").value("DAYS_1_TO_30"));
    }

    @Test
    void showsThePortfolioAndTheApprovalQueue() throws Exception {
        http.perform(get("/api/leases/portfolio"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value("2020-09-30"))
                .andExpect(jsonPath("$.total.outstandingPrincipal").value(650_000))
                .andExpect(jsonPath("$.arrearsByBucket[2].arrears").value(151_000));
        http.perform(get("/api/leases/approvals"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requests.length()").value(2))
                .andExpect(jsonPath("$.requests[0].requestedBy").value("sato"))
                .andExpect(jsonPath("$.requests[0].entries[1].instalmentNumber").value(2))
                .andExpect(jsonPath("$.requests[0].entries[1].amount").value(101_000))
                .andExpect(jsonPath("$.requests[1].kind").value("DEFERRAL"));
    }

    @Test
    void rejectsBadParametersAndUnknownContracts() throws Exception {
        http.perform(get("/api/leases").param("status", "OPEN")).andExpect(status().isBadRequest());
        // the range runs to the end of FY2050, thirty years after the fixed today
        http.perform(get("/api/leases/portfolio").param("asOf", "2051-04-01")).andExpect(status().isBadRequest());
        http.perform(get("/api/leases/portfolio").param("asOf", "2051-03-31")).andExpect(status().isOk());
        http.perform(get("/api/leases/L-1").param("asOf", "+999999999-12-31")).andExpect(status().isBadRequest());
        http.perform(get("/api/leases").param("industry", "FARMING")).andExpect(status().isBadRequest());
        http.perform(get("/api/leases").param("inArrears", "yes")).andExpect(status().isBadRequest());
        http.perform(get("/api/leases").param("size", "0")).andExpect(status().isBadRequest());
        http.perform(get("/api/leases").param("page", "-1")).andExpect(status().isBadRequest());
        http.perform(get("/api/leases/L-1").param("asOf", "2020-02-30")).andExpect(status().isBadRequest());
        http.perform(get("/api/leases/portfolio").param("asOf", "today")).andExpect(status().isBadRequest());
        http.perform(get("/api/leases/approvals").param("kind", "LOAN")).andExpect(status().isBadRequest());
        http.perform(get("/api/leases/L-9")).andExpect(status().isNotFound());
    }

    @Test
    void reportsAsJsonOrCsv() throws Exception {
        http.perform(get("/api/reports/leases/2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.yearBLabel").value("2020 (R02)"))
                .andExpect(jsonPath("$.contracts[0].b.count").value(3))
                .andExpect(jsonPath("$.contracts[1].b.yen").value(1_500_000))
                .andExpect(jsonPath("$.contracts[1].b.thousandYen").value(1_500))
                .andExpect(jsonPath("$.receivables[1].b.yen").value(502_000))
                .andExpect(jsonPath("$.receivables[4].b.thousandYen").value(151))
                .andExpect(jsonPath("$.receivables[4].ratio").doesNotExist());
        http.perform(get("/api/reports/leases/2020").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(content().string(containsString(
                        "債権管理,項目,単位,2016 (H28),2017 (H29),2018 (H30),2019 (R01) (A),2020 (R02) (B),B-A,B/A %,注記\r\n")))
                .andExpect(content().string(containsString("ARISING,延滞発生額,千円,―,―,―,―,502,―,,\r\n")))
                .andExpect(content().string(containsString("WRITTEN_OFF,償却額,千円,―,―,―,―,300,―,,\r\n")));
        http.perform(get("/api/reports/leases/1990")).andExpect(status().isBadRequest());
        http.perform(get("/api/reports/leases/2020").param("format", "xml")).andExpect(status().isBadRequest());
    }
}
