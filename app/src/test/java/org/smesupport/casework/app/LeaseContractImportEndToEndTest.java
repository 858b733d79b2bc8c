package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.line;
import static org.smesupport.casework.app.Answers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.projection.lease.LeaseStatisticsProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A centre's book of three lease contracts in force brought in at the cut-over 2020-04-01 from a CSV over HTTP:
 * one current, one with two instalments in arrears (211,000), one with two in arrears (80,000) and 100,000 written
 * off before the cut-over. FY2020 opens with exactly the 291,000 imported, none of it arising in any year, and no
 * statistics for FY2019. The report's opening balance sums every contract's arrears and payments dated 2020 must
 * not be after the business date, so this runs in an application of its own, where no day has been closed.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeaseContractImportEndToEndTest {

    private static final String IMPORT = "/api/imports/lease-contracts";
    private static final String HEADER = "sourceId,companyId,kind,equipment,amount,downPayment,termMonths,frequency,"
            + "annualRateBasisPoints,interestFreeMonths,contractDate,firstDueDate,cutOver,paidPrincipal,paidInterest,"
            + "arrears,writtenOff\n";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MongoDatabase readModels;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-lease-import-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void aBookOfContractsInForceOpensTheCutOverYearWithItsArrearsAndBehavesLikeAnyAfterwards() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        ApiClient admin = new ApiClient(rest, "admin");
        String first = created(caseworker.post("/api/companies", TestData.company()));
        String second = created(caseworker.post("/api/companies", TestData.company()));
        String third = created(caseworker.post("/api/companies", TestData.company()));
        String suffix = UUID.randomUUID().toString();
        String book = HEADER
                // 24 × 50,000 from 2019-05-01: 11 paid before the cut-over
                + "L-101-" + suffix + "," + first + ",LEASE,複合機,1200000,,24,MONTHLY,0,,2019-04-01,2019-05-01,"
                + "2020-04-01,550000,0,,\n"
                // 12 × 100,000 at 12 %/year (interest 12,000 … 1,000) from 2019-08-01: 8 due, the last two unpaid
                + "L-102-" + suffix + "," + second + ",INSTALMENT_SALE,CNC旋盤,1300000,100000,12,MONTHLY,1200,0,"
                + "2019-07-01,2019-08-01,2020-04-01,600000,57000,2020-02-01:100000:6000;2020-03-01:100000:5000,0\n"
                // 12 × 50,000 from 2019-02-15, all due: 100,000 written off, 80,000 in arrears
                + "L-103-" + suffix + "," + third + ",LEASE,冷凍庫,600000,,12,MONTHLY,0,,2019-01-15,2019-02-15,"
                + "2020-04-01,420000,0,2019-12-15:50000:0;2020-01-15:30000:0,100000\n";
        byte[] file = book.getBytes(StandardCharsets.UTF_8);

        JsonNode dryRun = ok200(admin.postFile(IMPORT + "?dryRun=true", "leases.csv", file));
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("rows").asInt()).isEqualTo(3);
        assertThat(dryRun.get("stored").asInt()).isEqualTo(3);
        assertThat(dryRun.get("problems")).isEmpty();
        assertThat(caseworker.get("/api/leases?companyId=" + second).getBody().findValuesAsText("contractId")).isEmpty();

        JsonNode imported = ok200(admin.postFile(IMPORT, "leases.csv", file));
        assertThat(imported.get("dryRun").asBoolean()).isFalse();
        assertThat(imported.get("stored").asInt()).isEqualTo(3);

        JsonNode opening = caseworker.awaitGet("/api/reports/leases/2020",
                report -> yen(report, "OPENING", "b") == 291_000);
        assertThat(yen(opening, "ARISING", "b")).isZero();
        assertThat(yen(opening, "CLOSING", "b")).isEqualTo(291_000);
        // FY2019 is before the records here (nothing published was imported): no figure, not zeros
        for (String code : List.of("OPENING", "CLOSING", "ARISING")) {
            assertThat(line(opening.get("receivables"), code).get("a").get("source").asText()).isEqualTo("NONE");
        }
        assertThat(line(opening.get("contracts"), "CONTRACTS").get("b").get("count").asLong()).isZero();
        assertThat(line(opening.get("contracts"), "CONTRACTS").get("a").get("source").asText()).isEqualTo("NONE");
        assertThat(readModels.getCollection("lease_statistics")
                .countDocuments(Filters.eq("_id", LeaseStatisticsProjection.documentId(FiscalYear.of(2019)))))
                .isZero();

        String arrearsContract = caseworker.awaitGet("/api/leases?companyId=" + second,
                page -> !page.findValuesAsText("contractId").isEmpty()).findValuesAsText("contractId").get(0);
        String writtenOffContract = caseworker.awaitGet("/api/leases?companyId=" + third,
                page -> !page.findValuesAsText("contractId").isEmpty()).findValuesAsText("contractId").get(0);
        assertThat(caseworker.awaitGet("/api/leases?companyId=" + first,
                page -> !page.findValuesAsText("contractId").isEmpty()).findValuesAsText("contractId")).hasSize(1);
        JsonNode writtenOff = caseworker.awaitGet("/api/leases/" + writtenOffContract, contract -> true);
        assertThat(writtenOff.get("summary").get("arrears").asLong()).isEqualTo(80_000);

        // 106,000 pays instalment 7 (interest first); 90,000 pays the 80,000 in arrears and recovers 10,000 written off
        ok(caseworker.post("/api/leases/" + arrearsContract + "/payments",
                Map.of("receivedOn", "2020-05-10", "amount", 106_000)));
        ok(caseworker.post("/api/leases/" + writtenOffContract + "/payments",
                Map.of("receivedOn", "2020-05-11", "amount", 90_000)));
        JsonNode recovered = caseworker.awaitGet("/api/reports/leases/2020",
                report -> yen(report, "RECOVERED", "b") == 186_000
                        && yen(report, "RECOVERED_AFTER_WRITE_OFF", "b") == 10_000);
        assertThat(yen(recovered, "OPENING", "b")).isEqualTo(291_000);
        assertThat(yen(recovered, "WRITTEN_OFF", "b")).isZero();
        assertThat(yen(recovered, "CLOSING", "b")).isEqualTo(105_000);

        // the drill-down: the opening is the two contracts brought forward with arrears, each from its row of the
        // file; the closing adds the two payments, which take it down
        JsonNode opened = caseworker.get("/api/reports/leases/2020/figures/RECEIVABLES/OPENING").getBody();
        assertThat(opened.get("fromRecords").asLong()).isEqualTo(291_000);
        assertThat(opened.get("items").findValuesAsText("contribution")).containsExactlyInAnyOrder("211000", "80000");
        assertThat(opened.get("items").findValuesAsText("type")).containsOnly("LeaseContractBroughtForwardEvent");
        assertThat(opened.get("items").findValuesAsText("importFile")).containsOnly("leases.csv");
        assertThat(opened.get("items").findValuesAsText("importRow")).containsExactlyInAnyOrder("2", "3");
        JsonNode closing = caseworker.get("/api/reports/leases/2020/figures/RECEIVABLES/CLOSING").getBody();
        assertThat(closing.get("fromRecords").asLong()).isEqualTo(105_000);
        assertThat(closing.get("reported").get("yen").asLong()).isEqualTo(105_000);
        assertThat(closing.get("items").findValues("contribution").stream().mapToLong(JsonNode::asLong)
                .filter(amount -> amount < 0).sum()).isEqualTo(-186_000);
        JsonNode check = caseworker.get("/api/reports/leases/2020/self-check").getBody();
        assertThat(check.get("mismatches")).isEmpty();
        assertThat(check.get("agrees").asBoolean()).isTrue();

        JsonNode again = ok200(admin.postFile(IMPORT, "leases.csv", file));
        assertThat(again.get("stored").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void aRowThatDoesNotAddUpIsReportedOnTheDryRunAndStopsTheRealRun() {
        ApiClient admin = new ApiClient(rest, "admin");
        String company = created(new ApiClient(rest, "caseworker").post("/api/companies", TestData.company()));
        String sourceId = "L-201-" + UUID.randomUUID();
        String row = sourceId + "," + company + ",LEASE,複合機,1200000,,24,MONTHLY,0,,2019-04-01,2019-05-01,"
                + "2020-04-01,500000,0,,\n";
        byte[] file = (HEADER + row + row).getBytes(StandardCharsets.UTF_8);

        JsonNode report = ok200(admin.postFile(IMPORT + "?dryRun=true", "short.csv", file));
        assertThat(report.get("problems").findValuesAsText("code"))
                .containsExactly("lease.bringForward.lessThanDue", "import.row.duplicate");
        assertThat(report.get("problems").get(0).get("problem").asText()).contains("¥50,000 is not accounted for");

        ResponseEntity<JsonNode> refused = admin.postFile(IMPORT, "short.csv", file);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(new ApiClient(rest, "caseworker").get("/api/leases?companyId=" + company).getBody()
                .findValuesAsText("contractId")).isEmpty();
    }

    private static JsonNode ok200(ResponseEntity<JsonNode> response) {
        ok(response);
        return response.getBody();
    }

    private static long yen(JsonNode report, String code, String year) {
        return line(report.get("receivables"), code).path(year).path("yen").asLong();
    }
}
