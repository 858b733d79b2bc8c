package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCaseOpenedEvent;
import org.smesupport.casework.api.consultation.Desk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Out-of-range dates, malformed paths and server failures over real HTTP: each is a problem
 * document with the right status, and nothing is stored.
 */
class StrictInputEndToEndTest extends EndToEndTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    Configuration axon;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    Environment environment;

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/consultations                     | "openedOn":"+999999999-12-31" | openedOn
            /api/consultations                     | "openedOn":"3000-04-01"       | openedOn
            /api/consultations                     | "openedOn":"1989-12-31"       | openedOn
            /api/consultations                     | "openedOn":20200601           | openedOn
            /api/restructuring/cases               | "openedOn":"+10000-01-01"     | openedOn
            /api/leases/close-of-business          | "businessDate":"9999-12-31"   | businessDate
            """)
    void outOfRangeDatesAre400NamingTheFieldAndStoreNothing(String path, String date, String field) {
        String companyId = as("caseworker").post("/api/companies", TestData.company()).getBody().get("id").asText();
        String body = "{\"companyId\":\"" + companyId + "\",\"desk\":\"ONE_STOP\",\"subject\":\"s\",\"summary\":\"s\","
                + date + "}";
        if (path.endsWith("close-of-business")) {
            body = "{" + date + "}";
        }
        long before = head();
        RawHttp.Response response = RawHttp.send(port, "POST", path, token("supervisor"),
                MediaType.APPLICATION_JSON_VALUE, body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json(response.body());
        assertThat(problem.get("field").asText()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).contains("YYYY-MM-DD from 1990-04-01 to ");
        assertThat(head()).isEqualTo(before);
    }

    @Test
    void businessDateHeaderOutsideTheRangeIs400() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Business-Date", "3000-04-01");
        ResponseEntity<JsonNode> response = as("caseworker").post("/api/companies", TestData.company(), headers);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("field").asText()).isEqualTo("X-Business-Date");
    }

    @Test
    void queryDatesOutsideTheRangeAre400() {
        ResponseEntity<JsonNode> response = as("reporter").get("/api/restructuring/board?asOf=+10000-01-01");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText()).contains("asOf must be a date written YYYY-MM-DD");
        assertThat(as("reporter").get("/api/restructuring/board?asOf=2021-03-31").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void unhandledFailuresAre500ProblemsNot403() {
        for (String path : new String[] {FailingEndpoints.THROWS, FailingEndpoints.SENDS_ERROR,
                FailingEndpoints.FILTER_THROWS}) {
            RawHttp.Response response = RawHttp.send(port, "GET", path, token("caseworker"), null, null);
            assertThat(response.status()).as(path).isGreaterThanOrEqualTo(500);
            assertThat(response.contentType()).as(path).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(json(response.body()).get("status").asInt()).as(path).isEqualTo(response.status());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/consultations/a%2Fb/assign",
            "/api/consultations/a%5Cb/assign",
            "/api/consultations/a%00b/assign",
            "/api/consultations/a%0D%0AINFO%20forged/assign",
            "/api/consultations/../companies",
            "/api/consultations/%2e%2e/assign",
            "/api/consultations/a;b/assign",
            "/api/consultations/a%7F/assign"})
    void malformedPathsAre400Problems(String path) {
        long before = head();
        RawHttp.Response response = RawHttp.send(port, "POST", path, token("caseworker"),
                MediaType.APPLICATION_JSON_VALUE, "{\"caseworker\":\"caseworker2\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(json(response.body()).get("status").asInt()).isEqualTo(400);
        assertThat(head()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(ints = {101, 10_000})
    void overLongIdsAre400Problems(int length) {
        RawHttp.Response response = RawHttp.send(port, "POST", "/api/consultations/" + "a".repeat(length) + "/assign",
                token("caseworker"), MediaType.APPLICATION_JSON_VALUE, "{\"caseworker\":\"caseworker2\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void unknownIdsAre404() {
        ResponseEntity<JsonNode> command = as("caseworker").post("/api/consultations/no-such-case/assign",
                Map.of("caseworker", "caseworker2", "assignedOn", "2020-06-02"));
        assertThat(command.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(command.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(as("caseworker").get("/api/consultations/no-such-case").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Strictness is for requests only: events already stored keep loading. */
    @Test
    void storedEventsWithFarDatesOrRemovedFieldsStillDeserialise() throws Exception {
        Serializer serializer = axon.eventSerializer();
        ConsultationCaseOpenedEvent event = new ConsultationCaseOpenedEvent(ConsultationCaseId.of("c-old"),
                CompanyId.of("co-old"), Desk.ONE_STOP, "old", LocalDate.of(2020, 6, 1));
        SerializedObject<String> stored = serializer.serialize(event, String.class);
        ObjectNode old = (ObjectNode) objectMapper.readTree(stored.getData());
        old.put("openedOn", "+10000-01-01");
        old.put("fieldRemovedSince", 7);
        ConsultationCaseOpenedEvent read = serializer.deserialize(new SimpleSerializedObject<>(
                objectMapper.writeValueAsString(old), String.class, stored.getType()));
        assertThat(read.openedOn()).isEqualTo(LocalDate.parse("+10000-01-01"));
        assertThat(read.caseId()).isEqualTo(event.caseId());
    }

    /**
     * The configured log pattern: input that reaches a log line cannot start a forged line of its own. The pattern is
     * applied as configured (not through the JVM's logging, which another test's application may have set up since).
     */
    @Test
    void controlCharactersInLoggedInputAreReplaced() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayout layout = new PatternLayout();
        layout.setContext(logging);
        layout.getInstanceConverterMap().put("wEx", WhitespaceThrowableProxyConverter::new);
        layout.setPattern(environment.getProperty("logging.pattern.console"));
        layout.start();
        LoggingEvent event = new LoggingEvent(StrictInputEndToEndTest.class.getName(),
                logging.getLogger(StrictInputEndToEndTest.class), Level.WARN, "refused id {}", null,
                new Object[] {"a\r\nERROR forged line\u0000"});
        event.setMDCPropertyMap(Map.of("correlationId", "c-1\r\nforged-correlation", "user", "case\r\nworker"));

        List<String> lines = layout.doLayout(event).lines().toList();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).endsWith("refused id a").contains("[c-1__forged-correlation]", "[case__worker]");
        assertThat(lines.get(1)).as("a continuation, not a line of its own").isEqualTo("\t| ERROR forged line?");
    }

    private JsonNode json(String body) {
        try {
            return objectMapper.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private long head() {
        return eventStore.createHeadToken() == null ? -1 : eventStore.createHeadToken().position().orElse(-1);
    }

    private String token(String user) {
        return rest.withBasicAuth(user, ApiClient.PASSWORD).postForEntity("/api/auth/token", null, JsonNode.class)
                .getBody().get("access_token").asText();
    }
}
