package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;
import static org.smesupport.casework.app.Answers.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.PersonalData;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.ConsultationSessionRecordedEvent;
import org.smesupport.casework.api.consultation.Desk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Crypto-shredding end to end. A counsellor's name and a session's notes are stored encrypted (the event table holds
 * no trace of them) and read in the clear through every view while the record's key lives. An administrator erases
 * the company's personal information with a reason: afterwards the case's view (its read model rebuilt), its audit
 * stream and the export show the names and notes erased, also those of a case stored in the clear before encryption
 * began; a new session on the erased case keeps no personal text either. Every count stays: the year's report is the
 * same, the hash chain still verifies (the stored rows did not change), and another company's case is untouched.
 * Its own application and data directory, since the erasure rebuilds read models.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class PersonalDataErasureEndToEndTest {

    private static final String COUNSELLOR = "山田 花子";
    private static final String NOTES = "長男の病気で事業承継を急ぎたいとのこと";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    EventStorageEngine storage;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-erasure-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void erasingACompanysPersonalInformationLeavesEveryFigure() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        ApiClient admin = new ApiClient(rest, "admin");
        ApiClient auditor = new ApiClient(rest, "auditor");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String caseId = created(caseworker.post("/api/consultations", TestData.openCase(companyId, "ONE_STOP",
                "2020-05-01")));
        ok(caseworker.post("/api/consultations/" + caseId + "/sessions", Map.of("heldOn", "2020-05-02",
                "category", "GENERAL_MANAGEMENT", "counsellor", COUNSELLOR, "durationMinutes", 60, "notes", NOTES)));
        String legacyCase = storedBeforeEncryption(companyId);
        Map<String, Object> otherCompany = TestData.company();
        otherCompany.put("corporateNumber", "7000012050002");
        String otherId = created(caseworker.post("/api/companies", otherCompany));
        String otherCase = created(caseworker.post("/api/consultations", TestData.openCase(otherId, "ONE_STOP",
                "2020-05-01")));
        ok(caseworker.post("/api/consultations/" + otherCase + "/sessions", Map.of("heldOn", "2020-05-03",
                "category", "FINANCING", "counsellor", COUNSELLOR, "durationMinutes", 30, "notes", NOTES)));

        assertThat(storedText(caseId)).doesNotContain(COUNSELLOR).doesNotContain(NOTES);
        assertThat(storedText(legacyCase)).contains(COUNSELLOR);
        caseworker.awaitGet("/api/consultations/" + caseId, view -> view.toString().contains(NOTES));
        caseworker.awaitGet("/api/consultations/" + legacyCase, view -> view.toString().contains(COUNSELLOR));
        assertThat(auditor.get("/api/audit/streams/" + caseId).getBody().toString()).contains(COUNSELLOR, NOTES);
        JsonNode report = caseworker.awaitGet("/api/reports/consultations/2020",
                body -> kipTotal(body) == 3);

        assertThat(caseworker.post("/api/admin/personal-data/erasures", Map.of("companyId", companyId,
                "reason", "本人からの削除請求")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.post("/api/admin/personal-data/erasures", Map.of("companyId", companyId))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(admin.post("/api/admin/personal-data/erasures", Map.of("companyId", "no-such-company",
                "reason", "本人からの削除請求")).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode erasure = admin.post("/api/admin/personal-data/erasures", Map.of("companyId", companyId,
                "reason", "本人からの削除請求")).getBody();
        assertThat(erasure.get("records").toString()).contains(caseId, legacyCase, companyId);
        assertThat(erasure.get("rebuilding").toString()).contains("consultation-cases");

        JsonNode erased = caseworker.awaitGet("/api/consultations/" + caseId,
                view -> view.toString().contains(PersonalData.ERASED));
        assertThat(erased.toString()).doesNotContain(COUNSELLOR).doesNotContain(NOTES);
        JsonNode legacy = caseworker.awaitGet("/api/consultations/" + legacyCase,
                view -> view.toString().contains(PersonalData.ERASED));
        assertThat(legacy.toString()).doesNotContain(COUNSELLOR);
        assertThat(auditor.get("/api/audit/streams/" + caseId).getBody().toString()).doesNotContain(COUNSELLOR)
                .doesNotContain(NOTES).contains(PersonalData.ERASED);
        List<String> export = auditor.getText("/api/audit/export?companyId=" + companyId).getBody().lines().toList();
        assertThat(String.join("\n", export)).contains("PersonalDataErasedEvent");
        assertThat(exported(export, caseId)).isNotEmpty().allSatisfy(row -> assertThat(row)
                .doesNotContain(COUNSELLOR).doesNotContain(NOTES));
        assertThat(exported(export, legacyCase)).as("stored in the clear before encryption began: the export carries "
                + "the stored bytes as they are, which the hash chain seals").anyMatch(row -> row.contains(NOTES));
        assertThat(caseworker.get("/api/consultations/" + otherCase).getBody().toString()).contains(COUNSELLOR, NOTES);

        ok(caseworker.post("/api/consultations/" + caseId + "/sessions", Map.of("heldOn", "2020-05-09",
                "category", "GENERAL_MANAGEMENT", "counsellor", COUNSELLOR, "durationMinutes", 60, "notes", NOTES)));
        assertThat(storedText(caseId)).doesNotContain(COUNSELLOR).doesNotContain(NOTES);
        assertThat(auditor.get("/api/audit/streams/" + caseId).getBody().toString()).doesNotContain(COUNSELLOR);

        JsonNode after = caseworker.awaitGet("/api/reports/consultations/2020", body -> kipTotal(body) == 4);
        assertThat(kipTotal(after)).as("the new session counts; nothing else moved").isEqualTo(kipTotal(report) + 1);
        JsonNode chain = auditor.awaitGet("/api/audit/verify",
                answer -> answer.get("verified").asBoolean() && answer.get("pending").asLong() == 0);
        assertThat(chain.get("problems")).isEmpty();
    }

    /** A case of the company written straight to the event store, as events were stored before encryption began. */
    private String storedBeforeEncryption(String companyId) {
        ConsultationCaseId legacy = ConsultationCaseId.of("legacy-case-1");
        storage.appendEvents(
                new GenericDomainEventMessage<>("ConsultationCase", legacy.value(), 0, new ConsultationCaseOpenedEvent(
                        legacy, CompanyId.of(companyId), Desk.ONE_STOP, "相談", LocalDate.of(2020, 5, 1))),
                new GenericDomainEventMessage<>("ConsultationCase", legacy.value(), 1,
                        new ConsultationSessionRecordedEvent(legacy, 1, Desk.ONE_STOP, LocalDate.of(2020, 5, 4),
                                ConsultationCategory.GENERAL_MANAGEMENT, COUNSELLOR, 30, NOTES, false)));
        return legacy.value();
    }

    /** The export's rows of one record, each with its stored payload decoded. */
    private static List<String> exported(List<String> export, String aggregateId) {
        return export.stream().filter(line -> line.contains("\"aggregateId\":\"" + aggregateId + "\""))
                .map(line -> line + new String(Base64.getDecoder().decode(line.replaceAll(".*\"payload\":\"([^\"]*)\".*",
                        "$1")), StandardCharsets.UTF_8))
                .toList();
    }

    private String storedText(String aggregateId) {
        List<byte[]> payloads = sql.queryForList("SELECT payload FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                byte[].class, aggregateId);
        return String.join("\n", payloads.stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList());
    }

    private static long kipTotal(JsonNode report) {
        return Answers.line(report, "ONE_STOP", "KIP_TOTAL").path("years").path(4).path("count").asLong(-1);
    }
}
