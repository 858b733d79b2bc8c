package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One instalment-sale contract played through fiscal years 2015 and 2016 over HTTP: payments, the
 * close-of-business run, a bounced payment, a write-off and its reversal, an interest subsidy; then the
 * contract's and the year's receivables roll-forward checked against figures computed by hand. No other
 * test has leases in these years, and the close-of-business runs (which examine every contract) stay
 * before the dates of the other test's contract.
 * <p>
 * The schedule: 1,300,000 yen less 100,000 down = 1,200,000 over 12 monthly instalments at 12 %/year:
 * principal 100,000 each, interest 1 % of the balance before it, so instalment k is 113,000 − 1,000·k
 * (112,000 … 101,000), due on the 1st from 2015-05-01 to 2016-04-01.
 */
class LeaseLifecycleEndToEndTest extends EndToEndTest {

    @Test
    void receivablesRollForwardBalancesAcrossFiscalYears() {
        ApiClient caseworker = as("caseworker");
        ApiClient supervisor = as("supervisor");
        Map<String, Object> company = TestData.company();
        company.put("sizeClass", "SOLE_PROPRIETOR");
        String companyId = created(caseworker.post("/api/companies", company));
        String lease = created(caseworker.post("/api/leases", contract(companyId)));

        // FY2015
        ok(caseworker.post(path(lease, "/payments"), payment("2015-05-01", 112_000)));          // instalment 1, on time
        ok(supervisor.post("/api/leases/close-of-business", Map.of("businessDate", "2015-06-02"))); // 2 → arrears 111,000
        ok(caseworker.post(path(lease, "/payments"), payment("2015-06-10", 50_000)));           // recovers 50,000
        ok(supervisor.post("/api/leases/close-of-business", Map.of("businessDate", "2015-07-02"))); // 3 → arrears 110,000
        ResponseEntity<JsonNode> bounced = caseworker.post(path(lease, "/payments"), payment("2015-07-15", 30_000));
        ok(bounced);                                                                             // recovers 30,000
        ok(caseworker.post(path(lease, "/payments/" + bounced.getBody().get("paymentId").asText() + "/reverse"),
                Map.of("reversedOn", "2015-07-20", "reason", "振込不能")));                          // 30,000 back in arrears
        String writeOff = caseworker.post(path(lease, "/write-offs"),
                Map.of("requestedOn", "2015-09-01", "reason", "経営破綻")).getBody().get("requestId").asText();
        supervisor.awaitGet("/api/leases/approvals", body -> body.findValuesAsText("requestId").contains(writeOff));
        assertThat(caseworker.post(path(lease, "/write-offs/" + writeOff + "/approve"),
                Map.of("decidedOn", "2015-09-05")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ok(supervisor.post(path(lease, "/write-offs/" + writeOff + "/approve"), Map.of("decidedOn", "2015-09-05")));
        // FY2016
        ok(supervisor.post("/api/leases/close-of-business", Map.of("businessDate", "2016-04-02"))); // 4..12 → 945,000
        ok(supervisor.post(path(lease, "/write-offs/" + writeOff + "/reverse"),
                Map.of("reversedOn", "2016-05-10", "reason", "引受先が判明")));                        // 171,000 back
        ok(caseworker.post(path(lease, "/interest-subsidies"), Map.of("fiscalYear", 2016,
                "salesDeclineBasisPoints", 800, "evidence", "売上台帳 前年同期比 −8 %", "grantedOn", "2016-06-01"))); // 12's 1,000
        ok(caseworker.post(path(lease, "/payments"), payment("2016-07-01", 200_000)));          // recovers 200,000

        JsonNode detail = caseworker.awaitGet("/api/leases/" + lease + "?asOf=2016-07-31",
                body -> body.path("summary").path("arrears").asLong() == 915_000);
        JsonNode fy2015 = year(detail.get("rollForward"), 2015);
        assertThat(amounts(fy2015)).containsExactly(0L, 251_000L, 80_000L, 171_000L, 0L);
        JsonNode fy2016 = year(detail.get("rollForward"), 2016);
        assertThat(amounts(fy2016)).containsExactly(0L, 945_000L, 201_000L, -171_000L, 915_000L);
        assertThat(detail.get("daysPastDue").asLong()).isEqualTo(365); // instalment 4, due 2015-08-01
        assertThat(detail.get("arrearsBucket").asText()).isEqualTo("DAYS_181_TO_365");

        // the only contract in arrears in this application, so the portfolio's arrears are its own
        JsonNode portfolio = caseworker.get("/api/leases/portfolio?asOf=2016-07-31").getBody();
        JsonNode bucket = line(portfolio.get("arrearsByBucket"), "DAYS_181_TO_365");
        assertThat(bucket.get("arrears").asLong()).isEqualTo(915_000);
        assertThat(line(portfolio.get("byIndustry"), "MANUFACTURING").get("arrears").asLong()).isEqualTo(915_000);

        JsonNode report = caseworker.awaitGet("/api/reports/leases/2016",
                body -> line(body.get("receivables"), "CLOSING").path("b").path("yen").asLong() == 915_000);
        assertThat(line(report.get("receivables"), "ARISING").get("b").get("yen").asLong()).isEqualTo(945_000);
        assertThat(line(report.get("receivables"), "RECOVERED").get("b").get("yen").asLong()).isEqualTo(201_000);
        assertThat(line(report.get("receivables"), "WRITTEN_OFF").get("a").get("yen").asLong()).isEqualTo(171_000);
        assertThat(line(report.get("receivables"), "WRITTEN_OFF").get("b").get("yen").asLong()).isEqualTo(-171_000);
        assertThat(line(report.get("receivables"), "OPENING").get("b").get("yen").asLong()).isZero();
        assertThat(line(report.get("contracts"), "CONTRACTS").get("a").get("count").asLong()).isEqualTo(1);
        assertThat(line(report.get("contracts"), "AMOUNT").get("a").get("thousandYen").asLong()).isEqualTo(1_300);
        assertThat(line(report.get("subsidies"), "EXISTING_CONTRACTS_COUNT").get("b").get("count").asLong()).isEqualTo(1);
        assertThat(line(report.get("subsidies"), "EXISTING_CONTRACTS_AMOUNT").get("b").get("yen").asLong()).isEqualTo(1_000);
    }

    @Test
    void deferralFollowsMakerChecker() {
        ApiClient supervisor = as("supervisor");
        String companyId = created(as("caseworker").post("/api/companies", TestData.company()));
        Map<String, Object> lease = contract(companyId);
        lease.put("kind", "LEASE");
        lease.put("amount", 600_000);
        lease.put("downPayment", 0);
        lease.put("termMonths", 6);
        lease.put("annualRateBasisPoints", 0);
        lease.put("contractDate", "2030-04-01");
        lease.put("firstDueDate", "2030-05-01");
        String id = created(as("caseworker").post("/api/leases", lease));

        List<Map<String, Object>> revised = List.of(
                instalment(1, "2030-10-01", 200_000), instalment(2, "2030-11-01", 200_000),
                instalment(3, "2030-12-01", 200_000));
        String request = supervisor.post(path(id, "/deferrals"), Map.of("requestedOn", "2030-04-15",
                "reason", "受注減少", "revisedInstalments", revised)).getBody().get("requestId").asText();

        ResponseEntity<JsonNode> own = supervisor.post(path(id, "/deferrals/" + request + "/approve"),
                Map.of("decidedOn", "2030-04-16"));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ok(as("admin").post(path(id, "/deferrals/" + request + "/approve"), Map.of("decidedOn", "2030-04-16")));

        JsonNode detail = supervisor.awaitGet("/api/leases/" + id, body -> body.path("schedule").size() == 3);
        assertThat(detail.get("schedule").findValuesAsText("dueDate"))
                .containsExactly("2030-10-01", "2030-11-01", "2030-12-01");
        assertThat(detail.get("timeline").findValuesAsText("type")).contains("DEFERRAL_REQUESTED", "DEFERRAL_APPROVED");
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

    private static Map<String, Object> instalment(int number, String dueDate, long principal) {
        return Map.of("number", number, "dueDate", dueDate, "principal", principal, "interest", 0);
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

    private static JsonNode line(JsonNode lines, String code) {
        for (JsonNode line : lines) {
            if (line.get("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line " + code + " in " + lines);
    }

    private static String created(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asText();
    }

    private static void ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    }
}
