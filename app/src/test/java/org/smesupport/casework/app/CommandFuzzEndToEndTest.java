package org.smesupport.casework.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends well over a thousand malformed requests to every command endpoint, found through Spring's
 * handler mapping so that a new endpoint is covered without touching this test. Each request is
 * built from the endpoint's request record with exactly one thing wrong (or with its path tricked),
 * so none may be carried out: every answer is a problem document with a 4xx status, and the event
 * store's head does not move. Seeded, so a failure reproduces.
 */
class CommandFuzzEndToEndTest extends EndToEndTest {

    private static final long SEED = 20_261_128L;
    private static final int REQUESTS_PER_ENDPOINT = 30;
    private static final Set<Integer> REFUSALS = Set.of(400, 404, 409, 415, 422);
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String PROBLEMS = "https://smesupport.example/problems/";
    /** A body refused while it is read, not by validation afterwards, which could hide a lenient reading. */
    private static final Set<String> UNREADABLE = Set.of(PROBLEMS + "unreadable-request");
    private static final String JSON_TYPE = MediaType.APPLICATION_JSON_VALUE;

    /** Written as sent: encoded separators, NUL, CR/LF, dot segments, over-long, ';'. */
    private static final List<String> PATH_TRICKS = List.of("a%2Fb", "a%5Cb", "%00", "a%0D%0Ab", "..", "%2e%2e",
            "a%7Fb", "a%09b", "a;b", "x".repeat(101), "y".repeat(10_000), "a%2F..%2Fb", "%C0%AE%C0%AE");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    EventStore eventStore;

    @Autowired
    ObjectMapper objectMapper;

    @LocalServerPort
    int port;

    private final Random random = new Random(SEED);

    record Endpoint(String pattern, Class<?> body) {
    }

    /** @param problems the problem types that refuse it for the right reason; empty: any */
    record Attempt(String path, String contentType, String body, String what, Set<String> problems) {

        Attempt(String path, String contentType, String body, String what) {
            this(path, contentType, body, what, UNREADABLE);
        }
    }

    @Test
    void malformedCommandsAreRefusedWithProblemsAndStoreNothing() {
        String companyId = as("caseworker").post("/api/companies", TestData.company()).getBody().get("id").asText();
        // an administrator may send every command (reopening a fiscal year is theirs alone), so no refusal is a 403
        String token = rest.withBasicAuth("admin", ApiClient.PASSWORD)
                .postForEntity("/api/auth/token", null, JsonNode.class).getBody().get("access_token").asText();
        List<Endpoint> endpoints = commandEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(30);
        long before = head();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
                Attempt attempt = attempt(endpoint, companyId);
                RawHttp.Response response = RawHttp.send(port, "POST", attempt.path(), token, attempt.contentType(),
                        attempt.body());
                sent++;
                if (!REFUSALS.contains(response.status())
                        || !response.contentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                        || !attempt.problems().isEmpty() && !attempt.problems().contains(problemType(response.body()))) {
                    failures.add(response.status() + " " + response.contentType() + " for " + attempt.what() + ": POST "
                            + abbreviate(attempt.path()) + " " + abbreviate(attempt.body()) + " → " + abbreviate(response.body()));
                }
            }
        }

        assertThat(sent).isGreaterThanOrEqualTo(1_000);
        assertThat(failures).isEmpty();
        assertThat(head()).isEqualTo(before);
    }

    /**
     * Every POST under /api that takes a body, but signing in and projection administration (replays
     * are not commands). A command without a body (none yet) could be carried out by a fuzzed
     * request with a good id, so it would need its own test.
     */
    private List<Endpoint> commandEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                Class<?> body = bodyType(method);
                if (body != null && pattern.startsWith("/api/") && !pattern.startsWith("/api/auth/")
                        && !pattern.startsWith("/api/admin/")) {
                    endpoints.add(new Endpoint(pattern, body));
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::pattern));
        return endpoints;
    }

    private static Class<?> bodyType(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    private Attempt attempt(Endpoint endpoint, String companyId) {
        boolean hasIds = PATH_VARIABLE.matcher(endpoint.pattern()).find();
        String path = path(endpoint.pattern(), random.nextBoolean() ? companyId : "fuzz-" + random.nextInt(1_000_000));
        ObjectNode valid = (ObjectNode) valueFor(endpoint.body());
        String json = valid.toString();
        List<String> fields = new ArrayList<>();
        valid.fieldNames().forEachRemaining(fields::add);
        // 0–5 spoil the body as a whole, 6–9 one field (so need one), 10 the path (so needs an id in it)
        int kind = random.nextInt(hasIds ? 11 : 10);
        if (fields.isEmpty() && kind >= 6 && kind <= 9) {
            kind = random.nextInt(6);
        }
        return switch (kind) {
            case 0 -> new Attempt(path, JSON_TYPE, json.substring(0, 1 + random.nextInt(Math.max(1, json.length() - 1))),
                    "broken JSON");
            case 1 -> new Attempt(path, JSON_TYPE, json + pick("}", "{", "x", " []", "}{", " 1", "\u0000"), "trailing content");
            case 2 -> new Attempt(path, pick("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x"), json, "wrong content type", Set.of());
            case 3 -> new Attempt(path, JSON_TYPE, pick("", "null", "[]", "1", "\"x\"", "true", "[" + json + "]"),
                    "missing body or not an object");
            case 4 -> new Attempt(path, JSON_TYPE, json.substring(0, json.length() - 1) + (fields.isEmpty() ? "" : ",")
                    + "\"expectedVersoin\":1}", "unknown field");
            case 5 -> new Attempt(path, JSON_TYPE, "{\"" + pick("constructor", "__proto__", "class", "@type") + "\":{}"
                    + (fields.isEmpty() ? "" : "," + json.substring(1)), "unknown object field");
            case 6 -> {
                String field = pick(fields);
                yield new Attempt(path, JSON_TYPE, json.substring(0, json.length() - 1) + ",\"" + field + "\":"
                        + valid.get(field) + "}", "duplicate key " + field);
            }
            case 7, 8 -> {
                ObjectNode wrong = valid.deepCopy();
                String spoilt = spoil(wrong, endpoint.body());
                // amounts are read as decimals and refused by validation (@Digits) when too large or fractional
                yield new Attempt(path, JSON_TYPE, wrong.toString(), "wrong value for " + spoilt,
                        spoilt.endsWith("(java.math.BigDecimal)") ? Set.of(PROBLEMS + "unreadable-request",
                                PROBLEMS + "invalid-request") : UNREADABLE);
            }
            case 9 -> {
                String field = pick(fields);
                yield new Attempt(path, JSON_TYPE, json.substring(0, json.length() - 1) + ",\"" + field.toUpperCase()
                        + "\":" + valid.get(field) + "}", "misspelt field " + field);
            }
            default -> new Attempt(path(endpoint.pattern(), pick(PATH_TRICKS)), JSON_TYPE, json, "path trick",
                    Set.of(PROBLEMS + "invalid-path", PROBLEMS + "invalid-request"));
        };
    }

    private String path(String pattern, String id) {
        return PATH_VARIABLE.matcher(pattern).replaceAll(Matcher.quoteReplacement(id));
    }

    /** A well-formed value of the type, from which one thing is then made wrong. */
    private JsonNode valueFor(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            ArrayNode array = JSON.arrayNode();
            array.add(valueFor(parameterized.getActualTypeArguments()[0]));
            return array;
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            ObjectNode object = JSON.objectNode();
            for (RecordComponent component : raw.getRecordComponents()) {
                object.set(component.getName(), valueFor(component.getGenericType()));
            }
            return object;
        }
        if (raw.isEnum()) {
            return JSON.textNode(((Enum<?>) raw.getEnumConstants()[0]).name());
        }
        if (raw == LocalDate.class) {
            return JSON.textNode("2020-06-01");
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return JSON.numberNode(1);
        }
        if (raw == BigDecimal.class) {
            return JSON.numberNode(1000);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return JSON.booleanNode(true);
        }
        return JSON.textNode("x");
    }

    /** A value no strict reader may take for the type. */
    private JsonNode wrongValue(Type type) {
        if (type instanceof ParameterizedType) {
            return pick(JSON.textNode("x"), JSON.objectNode(), JSON.numberNode(1));
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            return pick(JSON.textNode("x"), JSON.arrayNode(), JSON.numberNode(1));
        }
        if (raw.isEnum()) {
            return pick(JSON.numberNode(0), JSON.numberNode(1), JSON.textNode("1"), JSON.textNode("NO_SUCH_VALUE"),
                    JSON.booleanNode(true), JSON.objectNode());
        }
        if (raw == LocalDate.class) {
            return pick(JSON.numberNode(20200601), JSON.textNode("2020-13-01"), JSON.textNode("+10000-01-01"),
                    JSON.textNode("+999999999-12-31"), JSON.textNode("3000-04-01"), JSON.textNode("1989-12-31"),
                    JSON.textNode("9999-12-31"), JSON.textNode("2020-6-1"), JSON.textNode("2020-06-01T00:00"),
                    JSON.textNode(""), JSON.textNode("2021-02-30"), JSON.booleanNode(true), JSON.arrayNode());
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return pick(JSON.textNode("12"), JSON.booleanNode(true), JSON.numberNode(1.5),
                    JSON.numberNode(new BigDecimal("1e400")), JSON.numberNode(new BigDecimal("123456789012345678901234567890")),
                    JSON.objectNode());
        }
        if (raw == BigDecimal.class) {
            return pick(JSON.textNode("1000"), JSON.booleanNode(true), JSON.numberNode(new BigDecimal("1e400")),
                    JSON.numberNode(new BigDecimal("-123456789012345678901234567890")), JSON.numberNode(new BigDecimal("0.5")),
                    JSON.arrayNode());
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return pick(JSON.numberNode(1), JSON.textNode("true"), JSON.textNode("yes"), JSON.objectNode());
        }
        return pick(JSON.numberNode(12), JSON.booleanNode(true), JSON.numberNode(1.5), JSON.objectNode(), JSON.arrayNode());
    }

    /**
     * Replaces one value, at the top or inside a nested object or list (the instalments of a
     * deferral, say), by a value of the wrong kind; says which.
     */
    private String spoil(ObjectNode object, Class<?> record) {
        RecordComponent component = pick(List.of(record.getRecordComponents()));
        Type type = component.getGenericType();
        JsonNode current = object.get(component.getName());
        if (random.nextBoolean() && current instanceof ObjectNode nested && type instanceof Class<?> nestedRecord) {
            return component.getName() + "." + spoil(nested, nestedRecord);
        }
        if (random.nextBoolean() && current instanceof ArrayNode array && array.get(0) instanceof ObjectNode element
                && type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> elementRecord) {
            return component.getName() + "[0]." + spoil(element, elementRecord);
        }
        object.set(component.getName(), wrongValue(type));
        return component.getName() + " (" + type.getTypeName() + ")";
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private String problemType(String body) {
        try {
            return objectMapper.readTree(body).path("type").asText();
        } catch (IOException notJson) {
            return "not JSON: " + notJson.getMessage();
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private long head() {
        return eventStore.createHeadToken() == null ? -1 : eventStore.createHeadToken().position().orElse(-1);
    }
}
