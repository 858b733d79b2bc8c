package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.line;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A centre going live brings in the figures it published for FY2016–FY2019 (the reference report's columns,
 * {@code app/src/main/resources/demo/published-figures-fy2016-2019.csv}, which the demo imports too) and records
 * FY2020 here: the five-year columns show
 * the published years marked as such, B − A and B/A % come out as the report printed them, the published FY2016
 * and FY2017 roll-forwards that do not balance are flagged, and a dry run or a file with a problem stores nothing.
 * Its own data directory and context, closed after it: the published figures are the centre's, and other tests
 * record in FY2016.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PublishedFiguresImportEndToEndTest {

    private static final String IMPORT = "/api/imports/published-figures";
    private static final String REFERENCE = "/demo/published-figures-fy2016-2019.csv";

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownDataDir(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("casework-published-");
        registry.add("casework.data-dir", dataDir::toString);
    }

    @Test
    void theReferenceColumnsFillTheFiveYearTablesAsPublishedAndFlagWhatDoesNotAddUp() throws IOException {
        ApiClient admin = as("admin");
        byte[] reference;
        try (InputStream file = getClass().getResourceAsStream(REFERENCE)) {
            reference = file.readAllBytes();
        }
        assertThat(as("supervisor").upload(IMPORT, "published.csv", reference, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode dryRun = ok(admin.upload(IMPORT + "?dryRun=true", "published.csv", reference, "ja"));
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(dryRun.get("rows").asInt()).isEqualTo(154);
        assertThat(dryRun.get("stored").asInt()).isEqualTo(154);
        assertThat(dryRun.get("problems")).isEmpty();
        assertThat(dryRun.get("checksum").asText()).hasSize(64);
        assertThat(dryRun.get("warnings")).extracting(warning -> warning.get("code").asText())
                .containsOnly("published.value.inconsistent");
        assertThat(dryRun.get("warnings").toString()).contains("432660", "432665", "420612", "420611",
                "公表値のまま取り込み");
        JsonNode untouched = as("reporter").get("/api/reports/leases/2020").getBody();
        assertThat(line(untouched.get("receivables"), "CLOSING").get("years").get(0).get("source").asText())
                .as("a dry run stores nothing").isEqualTo("NONE");

        JsonNode stored = ok(admin.upload(IMPORT, "published.csv", reference, null));
        assertThat(stored.get("stored").asInt()).isEqualTo(154);
        JsonNode again = ok(admin.upload(IMPORT, "published-again.csv", reference, null));
        assertThat(again.get("stored").asInt()).as("the same figures twice store nothing twice").isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(154);

        ApiClient caseworker = as("caseworker");
        String companyId = Answers.created(caseworker.post("/api/companies", TestData.company()));
        Map<String, Object> contract = new LinkedHashMap<>(LeaseInArrears.contract(companyId));
        contract.put("contractDate", "2020-06-01");
        contract.put("firstDueDate", "2020-07-01");
        Answers.created(caseworker.post("/api/leases", contract));
        JsonNode report = as("reporter").awaitGet("/api/reports/leases/2020",
                body -> line(body.get("contracts"), "CONTRACTS").get("b").path("count").asLong() == 1);

        JsonNode contracts = line(report.get("contracts"), "CONTRACTS");
        assertThat(contracts.get("years")).extracting(year -> year.path("count").asLong())
                .containsExactly(30L, 35L, 27L, 21L, 1L);
        assertThat(contracts.get("years")).extracting(year -> year.path("source").asText(""))
                .containsExactly("PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "");
        assertThat(contracts.get("difference").get("count").asLong()).isEqualTo(-20);
        assertThat(contracts.get("ratio").decimalValue()).isEqualByComparingTo("4.8");
        JsonNode amount = line(report.get("contracts"), "AMOUNT");
        assertThat(amount.get("a").get("thousandYen").asLong()).isEqualTo(343_373);
        assertThat(amount.get("a").has("yen")).as("a published amount is known in 千円 only").isFalse();
        JsonNode closing = line(report.get("receivables"), "CLOSING");
        assertThat(closing.get("years").get(0).get("thousandYen").asLong()).isEqualTo(432_665);
        assertThat(closing.get("years").get(0).get("flag").asText()).contains("432660");
        assertThat(closing.get("years").get(1).get("flag").asText()).contains("420612");
        assertThat(closing.get("years").get(2).has("flag")).isFalse();
        JsonNode arising = line(report.get("receivables"), "ARISING");
        assertThat(arising.get("a").get("thousandYen").asLong()).isEqualTo(45_466);
        assertThat(arising.get("ratio").decimalValue()).isEqualByComparingTo("0.0");
        JsonNode rate = line(as("reporter").get("/api/reports/matching/2020").getBody().get("matching"),
                "SUCCESS_RATE");
        assertThat(rate.get("years")).extracting(year -> year.path("percent").asText())
                .containsExactly("21.9", "19.1", "34.1", "33.3", "");
        assertThat(rate.get("b").get("source").asText()).as("no FY2020 matching recorded here").isEqualTo("NONE");

        JsonNode consultations = as("reporter").get("/api/reports/consultations/2020").getBody();
        assertThat(line(consultations, "ONE_STOP", "KIP_TOTAL").get("years")).extracting(year -> year.path("count").asText())
                .startsWith("16476", "17487", "20210", "24286");
        assertThat(line(consultations, "MIBYO_PHONE", "SESSIONS").get("years")).extracting(year -> year.path("source").asText())
                .as("the 未病 dial began in FY2019").startsWith("NONE", "NONE", "NONE", "PUBLISHED");
        assertThat(line(consultations, "EXPERT_DISPATCHES", "TOTAL").get("a").get("count").asLong()).isEqualTo(677);
        assertThat(consultations.get("categories")).as("相談内容内訳 has no published breakdown for FY2019: ―")
                .allSatisfy(row -> assertThat(row.hasNonNull("countA")).isFalse());

        String csv = as("reporter").getText("/api/reports/leases/2020?format=csv").getBody();
        assertThat(csv).startsWith("\uFEFF設備貸与,項目,単位")
                .contains("CONTRACTS,貸与件数,件,30,35,27,21,1,-20,4.8,公表値: 2016 (H28)、2017 (H29)、2018 (H30)、2019 (R01)\r\n")
                .contains("不一致 2016 (H28): 年度当初延滞額 + 延滞発生額 − 延滞回収額 − 償却額 = 432660");

        PageSession reporter = new PageSession(port);
        reporter.signIn("reporter", "demo");
        String page = reporter.get("/reports/leases/2020").body();
        assertThat(page).contains("class=\"number published\"", "公表値（取込）", "＊!", "公表値（取り込んだ過去の報告の数値）");

        JsonNode events = as("auditor").get("/api/audit/streams/published-figures").getBody();
        assertThat(events).hasSize(154);
        JsonNode first = events.get(0).get("metadata");
        assertThat(first.get("importFile").asText()).isEqualTo("published.csv");
        assertThat(first.get("importChecksum").asText()).isEqualTo(dryRun.get("checksum").asText());
        assertThat(first.get("importRow").asInt()).isEqualTo(1);
        assertThat(first.get("user").asText()).isEqualTo("admin");

        // a published figure has no records behind it; every recorded figure of every report adds up to its records
        JsonNode published = as("reporter").get("/api/reports/leases/2019/figures/CONTRACTS/CONTRACTS").getBody();
        assertThat(published.get("reported").get("source").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("records").asInt()).isZero();
        for (String name : List.of("consultations", "leases", "matching", "restructuring")) {
            JsonNode check = as("reporter").get("/api/reports/" + name + "/2020/self-check").getBody();
            assertThat(check.get("mismatches")).as(name).isEmpty();
            assertThat(check.get("agrees").asBoolean()).as(name).isTrue();
        }
    }

    @Test
    void aFileWithProblemsIsReportedRowByRowAndStoresNothing() {
        ApiClient admin = as("admin");
        String file = "\uFEFFreport,table,line,fiscalYear,value,remarks\r\n"
                + "leases,RECEIVABLES,OPENING,2010,\"1,234\",\r\n"
                + "leases,RECEIVABLES,NO_SUCH_LINE,2010,5,\r\n"
                + "leases,CONTRACTS,CONTRACTS,2010,1.5,\r\n"
                + "nowhere,X,Y,2010,1,\r\n"
                + "leases,RECEIVABLES,OPENING,2010,1234,\r\n"
                + "leases,RECEIVABLES,ARISING,1800,abc,\r\n";
        byte[] content = file.getBytes(StandardCharsets.UTF_8);
        int before = storedFigures();

        JsonNode dryRun = ok(admin.upload(IMPORT + "?dryRun=true", "bad.csv", content, "ja"));
        assertThat(dryRun.get("problems")).extracting(problem -> problem.get("row").asInt() + ":"
                        + problem.path("field").asText() + ":" + problem.get("code").asText())
                .containsExactlyInAnyOrder(
                        "0:remarks:import.field.unknown",
                        "2:line:published.line.unknown",
                        "3:value:published.value.shape",
                        "4:report:published.report.unknown",
                        "5:line:import.row.duplicate",
                        "6:fiscalYear:import.field.notOneOf",
                        "6:value:import.field.notNumber");
        assertThat(dryRun.get("problems").get(0).get("problem").asText()).isNotBlank();
        assertThat(dryRun.toString()).contains("value は数値で入力してください（「abc」）", "1 行目に同じ RECEIVABLES.OPENING 2010");
        assertThat(dryRun.get("stored").asInt()).as("only the first row has no problem").isEqualTo(1);
        assertThat(dryRun.get("warnings")).isEmpty();

        ResponseEntity<JsonNode> refused = admin.upload(IMPORT, "bad.csv", content, null);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("report").get("stored").asInt()).isZero();
        assertThat(refused.getBody().get("report").get("problems")).hasSize(7);
        assertThat(storedFigures()).as("nothing stored").isEqualTo(before);

        ResponseEntity<JsonNode> unreadable = admin.upload(IMPORT, "bad.json", "{\"not\": \"an array\"}"
                .getBytes(StandardCharsets.UTF_8), null);
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unreadable.getBody().get("detail").asText()).contains("array");
        assertThat(admin.upload("/api/imports/nothing", "x.csv", content, null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ApiClient as(String user) {
        return new ApiClient(rest, user);
    }

    /** The events of the book of published figures so far (other tests of the class may have stored some). */
    private int storedFigures() {
        ResponseEntity<JsonNode> events = as("auditor").get("/api/audit/streams/published-figures");
        return events.getStatusCode() == HttpStatus.NOT_FOUND ? 0 : events.getBody().size();
    }

    private static JsonNode ok(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
