package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The companies import over HTTP: dry run, real run, a second run storing nothing, the metadata kept. */
class CompanyImportEndToEndTest extends EndToEndTest {

    private static final String HEADER = "sourceId,corporateNumber,name,kana,industry,municipality,sizeClass,"
            + "identityDocument";

    /** Each test's own source ids, so no test meets another's companies. */
    private final String source = "S-" + UUID.randomUUID() + "-";

    @Test
    void aDryRunReportsEveryProblemByRowAndFieldAndStoresNothing() {
        String good = TestData.corporateNumber();
        String csv = HEADER + ",colour\n"
                + row("1", badCheckDigit(TestData.corporateNumber()), "株式会社一", "MANUFACTURING", "SMALL") + ",red\n"
                + row("2", TestData.corporateNumber(), "株式会社二", "FISHING", "SMALL") + ",\n"
                + row("3", TestData.corporateNumber(), "", "RETAIL", "SMALL") + ",\n"
                + row("4", good, "株式会社四", "RETAIL", "SMALL") + ",\n"
                + row("4", TestData.corporateNumber(), "株式会社四", "RETAIL", "SMALL") + ",\n"
                + row("6", "", "株式会社六", "RETAIL", "MICRO") + ",\n";

        ResponseEntity<JsonNode> english = importFile("companies.csv", csv, true, new HttpHeaders());

        assertThat(english.getStatusCode()).as(String.valueOf(english.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(english.getBody().get("dryRun").asBoolean()).isTrue();
        assertThat(english.getBody().get("rows").asInt()).isEqualTo(6);
        assertThat(english.getBody().get("problems")).extracting(p -> p.get("row").asInt(),
                p -> p.get("field").asText(), p -> p.get("code").asText()).containsExactlyInAnyOrder(
                tuple(0, "colour", "import.field.unknown"),
                tuple(1, "corporateNumber", "import.company.corporateNumber.invalid"),
                tuple(2, "industry", "import.field.notOneOf"),
                tuple(3, "name", "import.field.required"),
                tuple(5, "sourceId", "import.row.duplicate"),
                tuple(6, "corporateNumber", "company.corporateNumber.requiredSoleProprietor"));
        assertThat(problem(english, 5)).isEqualTo("Row 4 already gives this sourceId.");

        HttpHeaders japanese = new HttpHeaders();
        japanese.set(HttpHeaders.ACCEPT_LANGUAGE, "ja");
        ResponseEntity<JsonNode> inJapanese = importFile("companies.csv", csv, true, japanese);
        assertThat(problem(inJapanese, 3)).isEqualTo("name を入力してください。");
        assertThat(problem(inJapanese, 5)).isEqualTo("4 行目に同じ sourceId があります。");
        assertThat(problem(inJapanese, 1)).contains("法人番号ではありません");

        assertNothingStored("1", "2", "3", "4", "6");
    }

    @Test
    void aGoodCsvIsStoredOnceHoweverOftenItIsImported() {
        String first = TestData.corporateNumber();
        String second = TestData.corporateNumber();
        String csv = "\uFEFF" + HEADER + "\n"
                + "%s1,%s,\"株式会社山田製作所, 本社\",ヤマダセイサクショ,MANUFACTURING,横浜市,SMALL,\n"
                .formatted(source, first)
                + row("2", second, "有限会社川崎運送", "TRANSPORT", "MICRO") + "\n"
                + "%s3,,鈴木商店,スズキショウテン,RETAIL,川崎市,SOLE_PROPRIETOR,OPENING_NOTICE\n".formatted(source);

        ResponseEntity<JsonNode> stored = importFile("companies.csv", csv, false, new HttpHeaders());

        assertThat(stored.getStatusCode()).as(String.valueOf(stored.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(counts(stored)).containsExactly(3, 3, 0);
        JsonNode yamada = as("caseworker").awaitGet("/api/companies?corporateNumber=" + first,
                page -> page.get("total").asInt() == 1).get("items").get(0);
        assertThat(yamada.get("companyId").asText()).isEqualTo(companyId("1"));
        assertThat(yamada.get("name").asText()).isEqualTo("株式会社山田製作所, 本社");
        assertThat(yamada.get("kana").asText()).isEqualTo("ヤマダセイサクショ");
        JsonNode suzuki = as("caseworker").awaitGet("/api/companies/" + companyId("3"), company -> true);
        assertThat(suzuki.get("identityDocument").asText()).isEqualTo("OPENING_NOTICE");
        assertThat(suzuki.hasNonNull("corporateNumber")).isFalse();

        ResponseEntity<JsonNode> again = importFile("companies.csv", csv, false, new HttpHeaders());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(counts(again)).containsExactly(3, 0, 3);
    }

    @Test
    void aJsonFileIsImportedLikeACsv() {
        String number = TestData.corporateNumber();
        String json = """
                [{"sourceId": "%s1", "corporateNumber": "%s", "name": "株式会社ジェイソン", "kana": null,
                  "industry": "SERVICES", "municipality": "相模原市", "sizeClass": "SMALL"},
                 {"sourceId": "%s2", "corporateNumber": null, "name": "佐藤工務店", "industry": "CONSTRUCTION",
                  "municipality": "藤沢市", "sizeClass": "SOLE_PROPRIETOR", "identityDocument": "TAX_RETURN"}]
                """.formatted(source, number, source);

        ResponseEntity<JsonNode> stored = importFile("companies.json", json, false, new HttpHeaders());

        assertThat(stored.getStatusCode()).as(String.valueOf(stored.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(counts(stored)).containsExactly(2, 2, 0);
        JsonNode company = as("caseworker").awaitGet("/api/companies/" + companyId("1"), found -> true);
        assertThat(company.get("corporateNumber").asText()).isEqualTo(number);
        assertThat(company.hasNonNull("kana")).isFalse();
        assertThat(counts(importFile("companies.json", json, false, new HttpHeaders()))).containsExactly(2, 0, 2);
    }

    @Test
    void aRealRunWithOneBadRowIsRefusedWithItsReportAndStoresNothing() {
        String csv = HEADER + "\n"
                + row("1", TestData.corporateNumber(), "株式会社良品", "RETAIL", "SMALL") + "\n"
                + row("2", TestData.corporateNumber(), "株式会社不良", "RETAIL", "LARGE") + "\n";

        ResponseEntity<JsonNode> refused = importFile("companies.csv", csv, false, new HttpHeaders());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode report = refused.getBody().get("report");
        assertThat(report.get("stored").asInt()).isZero();
        assertThat(report.get("problems")).extracting(p -> p.get("row").asInt(), p -> p.get("field").asText())
                .containsExactly(tuple(2, "sizeClass"));
        assertNothingStored("1", "2");
    }

    @Test
    void aCorporateNumberAnotherCompanyHoldsIsAProblem() {
        Map<String, Object> registered = TestData.company();
        assertThat(as("caseworker").post("/api/companies", registered).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String csv = HEADER + "\n"
                + row("1", (String) registered.get("corporateNumber"), "株式会社二重", "RETAIL", "SMALL") + "\n";

        ResponseEntity<JsonNode> report = importFile("companies.csv", csv, true, new HttpHeaders());

        assertThat(report.getBody().get("problems")).extracting(p -> p.get("code").asText())
                .containsExactly("company.corporateNumber.registeredAlreadyCompany");
    }

    @Test
    void everyImportedEventNamesTheFileItsChecksumAndRow() throws Exception {
        String csv = HEADER + "\n"
                + row("1", TestData.corporateNumber(), "株式会社一号", "RETAIL", "SMALL") + "\n"
                + row("2", TestData.corporateNumber(), "株式会社二号", "RETAIL", "SMALL") + "\n";
        assertThat(importFile("centre-2019.csv", csv, false, new HttpHeaders()).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode metadata = as("auditor").awaitGet("/api/audit/streams/" + companyId("2"), events -> true)
                .get(0).get("metadata");

        assertThat(metadata.get("importFile").asText()).isEqualTo("centre-2019.csv");
        assertThat(metadata.get("importChecksum").asText()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(metadata.get("importRow").asText()).isEqualTo("2");
        assertThat(metadata.get("user").asText()).isEqualTo("admin");
    }

    @Test
    void onlyAnAdministratorImportsAnUnreadableFileIsABadRequestAndAnUnknownImportIsNotFound() {
        String csv = HEADER + "\n" + row("1", TestData.corporateNumber(), "株式会社権限", "RETAIL", "SMALL") + "\n";
        assertThat(as("caseworker").postFile("/api/imports/companies", "companies.csv",
                csv.getBytes(StandardCharsets.UTF_8), new HttpHeaders()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> unreadable = importFile("companies.json", "[{\"name\": ", true, new HttpHeaders());
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unreadable.getBody().get("detail").asText()).startsWith("The file companies.json cannot be read");

        ResponseEntity<JsonNode> unknown = as("admin").postFile("/api/imports/ships", "ships.csv",
                csv.getBytes(StandardCharsets.UTF_8), new HttpHeaders());
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).contains("companies");
    }

    private ResponseEntity<JsonNode> importFile(String name, String content, boolean dryRun, HttpHeaders headers) {
        return as("admin").postFile("/api/imports/companies?dryRun=" + dryRun, name,
                content.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A corporation's row: its source id is this test's, numbered. */
    private String row(String number, String corporateNumber, String name, String industry, String sizeClass) {
        return String.join(",", source + number, corporateNumber, name, "", industry, "横浜市", sizeClass, "");
    }

    /** The id the import gives the company of this test's source id, as the README documents it. */
    private String companyId(String number) {
        return UUID.nameUUIDFromBytes(("company-import:" + source + number).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The event store, the source of truth, holds no stream for these rows' companies. */
    private void assertNothingStored(String... sourceNumbers) {
        for (String number : sourceNumbers) {
            assertThat(as("auditor").get("/api/audit/streams/" + companyId(number)).getStatusCode())
                    .as("row of source id %s", number).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private static String problem(ResponseEntity<JsonNode> report, int row) {
        for (JsonNode problem : report.getBody().get("problems")) {
            if (problem.get("row").asInt() == row) {
                return problem.get("problem").asText();
            }
        }
        throw new AssertionError("no problem on row " + row + " in " + report.getBody());
    }

    private static List<Integer> counts(ResponseEntity<JsonNode> report) {
        List<Integer> counts = new ArrayList<>();
        for (String count : List.of("rows", "stored", "unchanged")) {
            counts.add(report.getBody().get(count).asInt());
        }
        return counts;
    }

    private static String badCheckDigit(String number) {
        return (char) ('0' + (number.charAt(0) - '0' + 1) % 10) + number.substring(1);
    }
}
