package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.app.Answers.created;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tamper evidence, the way it is attacked: with SQL on the event store's own table, as anyone holding the database's
 * password (or the H2 shell in the jar) could. A company's registration with its name changed, then with its
 * recorder changed, is pinpointed at its global position and verifies again once put back; the chain rewritten to
 * fit the change is given away by its seals, which need the key; a deleted row is reported missing where it was.
 * Before that, the export of the period is re-verified link by link from its bytes alone, as an external auditor
 * would. Its own application and data directory, since it damages the store.
 */
@SpringBootTest(classes = CaseworkApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class AuditChainEndToEndTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate sql;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("casework-audit-chain-").toString();
        registry.add("casework.data-dir", () -> dir);
    }

    @Test
    void anEventChangedOrDeletedWithSqlIsPinpointedByItsPosition() {
        ApiClient caseworker = new ApiClient(rest, "caseworker");
        String companyId = created(caseworker.post("/api/companies", TestData.company()));
        String caseId = created(caseworker.post("/api/consultations",
                TestData.openCase(companyId, "ONE_STOP", "2020-05-01")));
        assertThat(caseworker.post("/api/consultations/" + caseId + "/sessions",
                TestData.session("2020-05-02", "FINANCING", false)).getStatusCode()).isEqualTo(HttpStatus.OK);
        ApiClient auditor = new ApiClient(rest, "auditor");
        JsonNode sound = auditor.awaitGet("/api/audit/verify",
                answer -> answer.get("verified").asBoolean() && answer.get("pending").asLong() == 0);
        long events = sql.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        assertThat(sound.get("eventsInStore").asLong()).isEqualTo(events);
        assertThat(sound.get("links").asLong()).isEqualTo(events);
        assertThat(sound.get("head").get("n").asLong()).isEqualTo(events);
        assertThat(sound.get("sealsChecked").asInt()).as("the head and at least one day").isGreaterThanOrEqualTo(2);
        assertThat(sound.get("problems")).isEmpty();
        assertThat(caseworker.get("/api/audit/verify").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // the export: every event with its stored row and link, which an auditor re-verifies without the product
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        String period = "recordedFrom=" + LocalDate.parse(today).minusDays(1) + "&recordedTo="
                + LocalDate.parse(today).plusDays(1);
        List<JsonNode> lines = auditor.getText("/api/audit/export?" + period).getBody().lines()
                .map(AuditChainEndToEndTest::json).toList();
        assertThat(lines.get(0).get("format").asText()).isEqualTo("casework-audit-export/1");
        List<JsonNode> exported = lines.stream().filter(line -> line.get("kind").asText().equals("event")).toList();
        assertThat(exported).hasSize((int) events);
        String previous = "0".repeat(64);
        for (JsonNode event : exported) {
            byte[] digest = digest(exportedRow(event));
            assertThat(HexFormat.of().formatHex(digest)).isEqualTo(event.get("digest").asText());
            assertThat(event.get("previous").asText()).isEqualTo(previous);
            previous = HexFormat.of().formatHex(sha256(ByteBuffer.allocate(72).put(HexFormat.of().parseHex(previous))
                    .putLong(event.get("n").asLong()).put(digest).array()));
            assertThat(event.get("hash").asText()).isEqualTo(previous);
        }
        assertThat(lines).filteredOn(line -> line.get("kind").asText().equals("seal"))
                .anySatisfy(seal -> assertThat(seal.get("name").asText()).isEqualTo("head"));
        auditor.awaitGet("/api/audit/events?companyId=" + companyId, page -> page.get("total").asLong() >= 3);
        String csv = auditor.getText("/api/audit/export?format=csv&companyId=" + companyId).getBody();
        assertThat(csv).startsWith("\uFEFFposition,eventId,aggregateType,aggregateId,sequence,recordedAt,")
                .contains(companyId, caseId, "CompanyRegisteredEvent", "ConsultationSessionRecordedEvent");
        assertThat(auditor.getText("/api/audit/export").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(auditor.getText("/api/audit/export?format=xml&" + period).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(auditor.getText("/api/audit/export?companyId=" + companyId + "&" + period).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(auditor.getText("/api/audit/export?companyId=no-such-company").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        Map<String, Object> registration = sql.queryForMap("SELECT globalIndex, payload, metaData FROM "
                + "DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0", companyId);
        long position = ((Number) registration.get("GLOBALINDEX")).longValue();
        byte[] payload = (byte[]) registration.get("PAYLOAD");
        byte[] metaData = (byte[]) registration.get("METADATA");

        replace(position, "payload", payload, TestData.COMPANY_NAME, "株式会社改ざん精工");
        assertAltered(auditor, position, companyId);
        PageSession page = new PageSession(port);
        page.signIn("auditor", "demo");
        assertThat(page.get("/audit/verify").body()).contains("封印と一致しない箇所が 1 件あります。", "記録が変更されている",
                "href=\"/history/" + companyId + "\"");
        sql.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", payload, position);
        assertThat(page.get("/audit/verify").body()).contains("すべての記録が封印されたとおりです。");
        assertThat(auditor.get("/api/audit/verify").getBody().get("verified").asBoolean()).isTrue();

        replace(position, "metaData", metaData, "\"caseworker\"", "\"admin\"");
        assertAltered(auditor, position, companyId);
        sql.update("UPDATE DomainEventEntry SET metaData = ? WHERE globalIndex = ?", metaData, position);
        assertThat(auditor.get("/api/audit/verify").getBody().get("verified").asBoolean()).isTrue();

        // rewriting the chain to fit needs the key its seals are signed with
        replace(position, "payload", payload, TestData.COMPANY_NAME, "株式会社改ざん精工");
        rechainFrom(position);
        JsonNode rechained = auditor.get("/api/audit/verify").getBody();
        assertThat(rechained.get("verified").asBoolean()).isFalse();
        assertThat(rechained.get("problems")).extracting(problem -> problem.get("kind").asText()).containsOnly("SEAL");
        assertThat(rechained.get("problems").toString()).contains("the seal 'head' seals link " + events);
        sql.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", payload, position);
        rechainFrom(position);
        assertThat(auditor.get("/api/audit/verify").getBody().get("verified").asBoolean()).isTrue();

        long session = sql.queryForObject("SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 1", Long.class, caseId);
        sql.update("DELETE FROM DomainEventEntry WHERE globalIndex = ?", session);
        JsonNode deleted = auditor.get("/api/audit/verify").getBody();
        assertThat(deleted.get("verified").asBoolean()).isFalse();
        assertThat(deleted.get("eventsInStore").asLong()).isEqualTo(events - 1);
        assertThat(deleted.get("firstProblem").get("position").asLong()).isEqualTo(session);
        assertThat(deleted.get("firstProblem").get("kind").asText()).isEqualTo("MISSING");
    }

    /**
     * What someone who can write both stores but does not have the key would do: recompute the links from the
     * altered event to the head, as the README's verification procedure computes them.
     */
    private void rechainFrom(long position) {
        String previous = sql.queryForObject("SELECT previous_hash FROM audit_chain_link WHERE global_index = ?",
                String.class, position);
        for (Map<String, Object> link : sql.queryForList("SELECT n, global_index FROM audit_chain_link "
                + "WHERE global_index >= ? ORDER BY n", position)) {
            long n = ((Number) link.get("N")).longValue();
            byte[] digest = digest(sql.queryForMap("SELECT globalIndex, eventIdentifier, type, aggregateIdentifier, "
                    + "sequenceNumber, timeStamp, payloadType, payloadRevision, payload, metaData FROM "
                    + "DomainEventEntry WHERE globalIndex = ?", link.get("GLOBAL_INDEX")));
            String hash = HexFormat.of().formatHex(sha256(ByteBuffer.allocate(72).put(HexFormat.of().parseHex(previous))
                    .putLong(n).put(digest).array()));
            sql.update("UPDATE audit_chain_link SET previous_hash = ?, digest = ?, hash = ? WHERE n = ?", previous,
                    HexFormat.of().formatHex(digest), hash, n);
            previous = hash;
        }
    }

    /** An exported event as the row it was read from (its Base64 bytes decoded), to recompute its digest. */
    private static Map<String, Object> exportedRow(JsonNode event) {
        Map<String, Object> row = new HashMap<>();
        row.put("GLOBALINDEX", event.get("position").asLong());
        row.put("EVENTIDENTIFIER", event.get("eventId").asText());
        row.put("TYPE", event.get("aggregateType").textValue());
        row.put("AGGREGATEIDENTIFIER", event.get("aggregateId").asText());
        row.put("SEQUENCENUMBER", event.get("sequence").asLong());
        row.put("TIMESTAMP", event.get("recordedAt").textValue());
        row.put("PAYLOADTYPE", event.get("payloadType").textValue());
        row.put("PAYLOADREVISION", event.get("payloadRevision").textValue());
        row.put("PAYLOAD", Base64.getDecoder().decode(event.get("payload").asText()));
        row.put("METADATA", event.get("metaData").isNull() ? null : Base64.getDecoder().decode(event.get("metaData").asText()));
        return row;
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] digest(Map<String, Object> row) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(((Number) row.get("GLOBALINDEX")).longValue());
            for (String column : List.of("EVENTIDENTIFIER", "TYPE", "AGGREGATEIDENTIFIER")) {
                field(out, text(row.get(column)));
            }
            out.writeLong(((Number) row.get("SEQUENCENUMBER")).longValue());
            for (String column : List.of("TIMESTAMP", "PAYLOADTYPE", "PAYLOADREVISION")) {
                field(out, text(row.get(column)));
            }
            field(out, (byte[]) row.get("PAYLOAD"));
            field(out, (byte[]) row.get("METADATA"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha256(bytes.toByteArray());
    }

    private static byte[] text(Object value) {
        return value == null ? null : value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value == null ? -1 : value.length);
        if (value != null) {
            out.write(value);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void replace(long position, String column, byte[] stored, String from, String to) {
        String json = new String(stored, StandardCharsets.UTF_8);
        assertThat(json).contains(from);
        sql.update("UPDATE DomainEventEntry SET " + column + " = ? WHERE globalIndex = ?",
                json.replace(from, to).getBytes(StandardCharsets.UTF_8), position);
    }

    private static void assertAltered(ApiClient auditor, long position, String companyId) {
        JsonNode answer = auditor.get("/api/audit/verify").getBody();
        assertThat(answer.get("verified").asBoolean()).isFalse();
        assertThat(answer.get("problemCount").asInt()).isEqualTo(1);
        JsonNode problem = answer.get("firstProblem");
        assertThat(problem.get("position").asLong()).isEqualTo(position);
        assertThat(problem.get("kind").asText()).isEqualTo("ALTERED");
        assertThat(problem.get("aggregateId").asText()).isEqualTo(companyId);
        assertThat(problem.get("sequence").asLong()).isZero();
    }
}
