package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.line;
import static org.smesupport.casework.app.Answers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One instalment-sale contract played through fiscal years 2015 and 2016 over HTTP, as the centre lives
 * it: every day closed by the close of business before the entries of the next one, payments, a bounced
 * payment, a write-off and its reversal, an interest subsidy; then the contract's and the year's
 * receivables roll-forward checked against figures computed by hand. The close of business moves the
 * business date of the whole application, so this runs in an application of its own.
 * <p>
 * The schedule: 1,300,000 yen less 100,000 down = 1,200,000 over 12 monthly instalments at 12 %/year:
 * principal 100,000 each, interest 1 % of the balance before it, so instalment k is 113,000 − 1,000·k
 * (112,000 … 101,000), due on the 1st from 2015-05-01 to 2016-04-01; each falls into arrears the day after
 * it is due.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeaseLifecycleEndToEndTest {

    @Autowired
    TestRestTemplate rest;

    private ApiClient supervisor;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-lease-life-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void receivablesRollForwardBalancesAcrossFiscalYears() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        supervisor = new ApiClient(rest, "supervisor");
        Map<String, Object> company = TestData.company();
        company.put("sizeClass", "SOLE_PROPRIETOR");
        String companyId = created(caseworker.post("/api/companies", company));
        String lease = created(caseworker.post("/api/leases", contract(companyId)));

        // FY2015
        closeUpTo("2015-04-30");
        ok(caseworker.post(path(lease, "/payments"), payment("2015-05-01", 112_000)));          // instalment 1, on time
        closeUpTo("2015-06-09");                                                                // 2 → arrears 111,000
        ok(caseworker.post(path(lease, "/payments"), payment("2015-06-10", 50_000)));           // recovers 50,000
        closeUpTo("2015-07-14");                                                                // 3 → arrears 110,000
        ResponseEntity<JsonNode> bounced = caseworker.post(path(lease, "/payments"), payment("2015-07-15", 30_000));
        ok(bounced);                                                                             // recovers 30,000
        closeUpTo("2015-07-19");
        ok(caseworker.post(path(lease, "/payments/" + bounced.getBody().get("paymentId").asText() + "/reverse"),
                Map.of("reversedOn", "2015-07-20", "reason", "振込不能")));                          // 30,000 back in arrears
        closeUpTo("2015-07-24");
        String writeOff = caseworker.post(path(lease, "/write-offs"),
                Map.of("requestedOn", "2015-07-25", "reason", "経営破綻")).getBody().get("requestId").asText();
        supervisor.awaitGet("/api/leases/approvals", body -> body.findValuesAsText("requestId").contains(writeOff));
        closeUpTo("2015-07-27");
        assertThat(caseworker.post(path(lease, "/write-offs/" + writeOff + "/approve"),
                Map.of("decidedOn", "2015-07-28")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ok(supervisor.post(path(lease, "/write-offs/" + writeOff + "/approve"), Map.of("decidedOn", "2015-07-28")));
        // 171,000 written off; then nothing is paid: 4..11 fall into arrears in FY2015, 844,000
        // FY2016
        closeUpTo("2016-05-09");                                                                // 12 → 101,000
        ok(supervisor.post(path(lease, "/write-offs/" + writeOff + "/reverse"),
                Map.of("reversedOn", "2016-05-10", "reason", "引受先が判明")));                        // 171,000 back
        closeUpTo("2016-05-31");
        String subsidy = caseworker.post(path(lease, "/interest-subsidies"), Map.of("fiscalYear", 2016,
                "salesDeclineBasisPoints", 800, "evidence", "売上台帳 前年同期比 −8 %", "requestedOn", "2016-06-01"))
                .getBody().get("requestId").asText();
        JsonNode queued = supervisor.awaitGet("/api/leases/approvals",
                body -> body.findValuesAsText("requestId").contains(subsidy));
        assertThat(queued.findValue("subsidy").get("total").asLong()).isEqualTo(1_000);
        assertThat(caseworker.post(path(lease, "/interest-subsidies/" + subsidy + "/approve"),
                Map.of("decidedOn", "2016-06-01")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ok(supervisor.post(path(lease, "/interest-subsidies/" + subsidy + "/approve"),
                Map.of("decidedOn", "2016-06-01")));                                           // 12's 1,000
        closeUpTo("2016-06-30");
        ok(caseworker.post(path(lease, "/payments"), payment("2016-07-01", 200_000)));          // recovers 200,000

        JsonNode detail = caseworker.awaitGet("/api/leases/" + lease + "?asOf=2016-07-31",
                body -> body.path("summary").path("arrears").asLong() == 915_000);
        JsonNode fy2015 = year(detail.get("rollForward"), 2015);
        assertThat(amounts(fy2015)).containsExactly(0L, 1_095_000L, 80_000L, 171_000L, 844_000L);
        JsonNode fy2016 = year(detail.get("rollForward"), 2016);
        assertThat(amounts(fy2016)).containsExactly(844_000L, 101_000L, 201_000L, -171_000L, 915_000L);
        assertThat(detail.get("daysPastDue").asLong()).isEqualTo(365); // instalment 4, due 2015-08-01
        assertThat(detail.get("arrearsBucket").asText()).isEqualTo("DAYS_181_TO_365");

        // the only contract in this application, so the portfolio's arrears are its own
        JsonNode portfolio = caseworker.get("/api/leases/portfolio?asOf=2016-07-31").getBody();
        JsonNode bucket = line(portfolio.get("arrearsByBucket"), "DAYS_181_TO_365");
        assertThat(bucket.get("arrears").asLong()).isEqualTo(915_000);
        assertThat(line(portfolio.get("byIndustry"), "MANUFACTURING").get("arrears").asLong()).isEqualTo(915_000);

        JsonNode report = caseworker.awaitGet("/api/reports/leases/2016",
                body -> line(body.get("receivables"), "CLOSING").path("b").path("yen").asLong() == 915_000);
        assertThat(line(report.get("receivables"), "OPENING").get("b").get("yen").asLong()).isEqualTo(844_000);
        assertThat(line(report.get("receivables"), "ARISING").get("b").get("yen").asLong()).isEqualTo(101_000);
        assertThat(line(report.get("receivables"), "RECOVERED").get("b").get("yen").asLong()).isEqualTo(201_000);
        assertThat(line(report.get("receivables"), "WRITTEN_OFF").get("a").get("yen").asLong()).isEqualTo(171_000);
        assertThat(line(report.get("receivables"), "WRITTEN_OFF").get("b").get("yen").asLong()).isEqualTo(-171_000);
        assertThat(line(report.get("receivables"), "ARISING").get("a").get("yen").asLong()).isEqualTo(1_095_000);
        assertThat(line(report.get("contracts"), "CONTRACTS").get("a").get("count").asLong()).isEqualTo(1);
        assertThat(line(report.get("contracts"), "AMOUNT").get("a").get("thousandYen").asLong()).isEqualTo(1_300);
        assertThat(line(report.get("contracts"), "COMPANIES").get("a").get("count").asLong()).isEqualTo(1);
        assertThat(line(report.get("subsidies"), "EXISTING_CONTRACTS_COMPANIES").get("b").get("count").asLong()).isEqualTo(1);
        assertThat(line(report.get("subsidies"), "EXISTING_CONTRACTS_COUNT").get("b").get("count").asLong()).isEqualTo(1);
        assertThat(line(report.get("subsidies"), "EXISTING_CONTRACTS_AMOUNT").get("b").get("yen").asLong()).isEqualTo(1_000);
    }

    private void closeUpTo(String day) {
        ok(supervisor.post("/api/leases/close-of-business", Map.of("businessDate", day)));
    }

    private static Map<String, Object> contract(String companyId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("companyId", companyId);
        body.put("kind", "INSTALMENT_SALE");
        body.put("equipment", "NC旋盤");
        body.put("amount", 1_300_000);
        body.put("downPayment", 100_000);
        body.put("termMonths", 12);
        body.put("frequency", "MONTHLY");
        body.put("annualRateBasisPoints", 1_200);
        body.put("interestFreeMonths", 0);
        body.put("contractDate", "2015-04-01");
        body.put("firstDueDate", "2015-05-01");
        return body;
    }

    private static Map<String, Object> payment(String receivedOn, long amount) {
        return Map.of("receivedOn", receivedOn, "amount", amount);
    }

    private static String path(String lease, String rest) {
        return "/api/leases/" + lease + rest;
    }

    private static JsonNode year(JsonNode rollForward, int fiscalYear) {
        for (JsonNode year : rollForward) {
            if (year.get("fiscalYear").asInt() == fiscalYear) {
                return year;
            }
        }
        throw new AssertionError("no roll-forward for FY" + fiscalYear + " in " + rollForward);
    }

    private static List<Long> amounts(JsonNode year) {
        return List.of(year.get("opening").asLong(), year.get("arising").asLong(), year.get("recovered").asLong(),
                year.get("writtenOff").asLong(), year.get("closing").asLong());
    }
}
