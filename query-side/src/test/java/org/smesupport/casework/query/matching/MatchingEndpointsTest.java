package org.smesupport.casework.query.matching;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.query.ReadModelFixture;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP contract over {@link MatchingScenario}, through a real query bus to the real handlers. */
class MatchingEndpointsTest {

    private final ReadModelFixture fixture = new ReadModelFixture();
    private MockMvc http;

    @BeforeEach
    void setUp() {
        MatchingScenario.project(fixture);
        QueryGateway queries = fixture.gateway(new SupplierQueryHandler(fixture.database()),
                new OrderRequestQueryHandler(fixture.database()), new CandidateSuppliersQueryHandler(fixture.database()),
                new MatchingFairQueryHandler(fixture.database()), new MatchingStatisticsQueryHandler(fixture.database(), fixture.published()));
        http = ReadModelFixture.http(new SupplierController(queries), new OrderRequestController(queries),
                new MatchingFairController(queries), ReadModelFixture.reports(queries, new MatchingReport()));
    }

    @AfterEach
    void stopMongo() {
        fixture.close();
    }

    @Test
    void listsAndShowsSuppliers() throws Exception {
        http.perform(get("/api/matching/suppliers").param("status", "REGISTERED").param("process", "MACHINING")
                        .param("region", "KAWASAKI"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].supplierId").value("S-1"))
                .andExpect(jsonPath("$.items[0].profile.availableHoursPerMonth").value(120))
                .andExpect(jsonPath("$.items[0].registeredOn").value("2020-04-01"));
        http.perform(get("/api/matching/suppliers/S-5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.withdrawnOn").value("2020-06-01"));
    }

    @Test
    void listsAndShowsOrderRequestsAndTheirCandidates() throws Exception {
        http.perform(get("/api/matching/order-requests").param("status", "OPEN").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[1].orderRequestId").value("O-1"))
                .andExpect(jsonPath("$.items[1].awaitingOutcome").value(1));
        http.perform(get("/api/matching/order-requests/O-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.preferredRegion").value("KAWASAKI"))
                .andExpect(jsonPath("$.details.budget").value(3_000_000))
                .andExpect(jsonPath("$.referrals[1].initialOrderAmount").value(800_500))
                .andExpect(jsonPath("$.referrals[1].corrections[0].previousOutcome").value("NOT_CONCLUDED"))
                .andExpect(jsonPath("$.referrals[1].corrections[0].user").value("sato"));
        http.perform(get("/api/matching/order-requests/O-1/candidates").param("limit", "3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.considered").value(4))
                .andExpect(jsonPath("$.candidates.length()").value(3))
                .andExpect(jsonPath("$.candidates[0].supplierId").value("S-1"))
                .andExpect(jsonPath("$.candidates[0].score").value(291))
                .andExpect(jsonPath("$.candidates[0].reasons[2]").value("in preferred region 川崎"));
        http.perform(get("/api/matching/referrals/awaiting-outcome"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].orderRequestId").value("O-2"))
                .andExpect(jsonPath("$.items[0].introducedOn").value("2021-03-05"));
    }

    @Test
    void listsAndShowsFairs() throws Exception {
        http.perform(get("/api/matching/fairs").param("fiscalYear", "2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fairs.length()").value(2))
                .andExpect(jsonPath("$.fairs[0].ordering.satisfactionPercent").value(66.7))
                .andExpect(jsonPath("$.fairs[0].meetings").value(3));
        http.perform(get("/api/matching/fairs/F-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participants.length()").value(5));
    }

    @Test
    void rejectsBadParametersAndUnknownIds() throws Exception {
        http.perform(get("/api/matching/suppliers").param("status", "ACTIVE")).andExpect(status().isBadRequest());
        http.perform(get("/api/matching/suppliers").param("process", "PAINTING")).andExpect(status().isBadRequest());
        http.perform(get("/api/matching/suppliers").param("region", "TOKYO")).andExpect(status().isBadRequest());
        http.perform(get("/api/matching/suppliers").param("size", "0")).andExpect(status().isBadRequest());
        http.perform(get("/api/matching/order-requests").param("status", "CLOSED")).andExpect(status().isBadRequest());
        http.perform(get("/api/matching/order-requests/O-1/candidates").param("limit", "0")).andExpect(status().isBadRequest());
        http.perform(get("/api/matching/order-requests/O-1/candidates").param("limit", "many")).andExpect(status().isBadRequest());
        http.perform(get("/api/matching/referrals/awaiting-outcome").param("page", "-1")).andExpect(status().isBadRequest());
        http.perform(get("/api/matching/fairs").param("fiscalYear", "1900")).andExpect(status().isBadRequest());
        http.perform(get("/api/matching/fairs").param("fiscalYear", "R02")).andExpect(status().isBadRequest());
        http.perform(get("/api/matching/suppliers/S-99")).andExpect(status().isNotFound());
        http.perform(get("/api/matching/order-requests/O-9")).andExpect(status().isNotFound());
        http.perform(get("/api/matching/order-requests/O-9/candidates")).andExpect(status().isNotFound());
        http.perform(get("/api/matching/fairs/F-9")).andExpect(status().isNotFound());
    }

    @Test
    void reportsAsJsonOrCsv() throws Exception {
        http.perform(get("/api/reports/matching/2020"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.yearBLabel").value("2020 (R02)"))
                .andExpect(jsonPath("$.matching[3].b.count").value(2))
                .andExpect(jsonPath("$.matching[4].b.percent").value(50.0))
                .andExpect(jsonPath("$.matching[4].difference.percent").value(16.7))
                .andExpect(jsonPath("$.matching[5].b.yen").value(2_300_500))
                .andExpect(jsonPath("$.matching[5].b.thousandYen").value(2_301))
                .andExpect(jsonPath("$.fairs[0].supplying.satisfactionPercent").value(100.0))
                .andExpect(jsonPath("$.meetings").value(4))
                .andExpect(jsonPath("$.previousYearMeetings").value(2));
        http.perform(get("/api/reports/matching/2020").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andExpect(header().string("Content-Disposition", containsString("matching-FY2020.csv")))
                .andExpect(content().string(containsString(
                        "個別あっせん,項目,単位,2016 (H28),2017 (H29),2018 (H30),2019 (R01) (A),2020 (R02) (B),B-A,B/A %,注記\r\n")))
                .andExpect(content().string(containsString("CONCLUDED,成立件数 b,件,―,―,―,1,2,1,200.0,\r\n")))
                .andExpect(content().string(containsString("SUCCESS_RATE,成約率 (b/a) %,%,―,―,―,33.3,50.0,16.7,150.0,\r\n")))
                .andExpect(content().string(containsString("INITIAL_ORDER_AMOUNT,成立当初受注額,千円,―,―,―,2000,2301,301,115.0,\r\n")))
                .andExpect(content().string(containsString(
                        "F-1,オンライン商談会（横須賀）,2020-07-27,2020-08-07,ONLINE,オンライン商談会（横須賀）,3,66.7,2,100.0,3\r\n")))
                .andExpect(content().string(containsString("TOTAL,合計,,,,,,,,,4\r\n")))
                .andExpect(content().string(containsString("PREVIOUS_YEAR,前年度 合計 2019 (R01),,,,,,,,,2\r\n")));
        http.perform(get("/api/reports/matching/2020").header("Accept", "text/csv"))
                .andExpect(header().string("Content-Type", containsString("text/csv")));
        http.perform(get("/api/reports/matching/1990")).andExpect(status().isBadRequest());
        http.perform(get("/api/reports/matching/2020").param("format", "xml")).andExpect(status().isBadRequest());
    }
}
