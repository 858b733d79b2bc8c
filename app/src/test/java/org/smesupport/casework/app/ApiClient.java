package org.smesupport.casework.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A caller of the running API over real HTTP, signed in as one of the demo users via a bearer token. */
final class ApiClient {

    static final String PASSWORD = "demo";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final TestRestTemplate rest;
    private final String user;

    ApiClient(TestRestTemplate rest, String user) {
        this.rest = rest;
        this.user = user;
    }

    ResponseEntity<JsonNode> post(String path, Object body) {
        return post(path, body, new HttpHeaders());
    }

    ResponseEntity<JsonNode> post(String path, Object body, HttpHeaders headers) {
        headers.setBearerAuth(token());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** Posts a file as the multipart part {@code file} (an import), under its name. */
    ResponseEntity<JsonNode> postFile(String path, String fileName, byte[] content) {
        return postFile(path, fileName, content, new HttpHeaders());
    }

    /** Posts a file as the multipart part {@code file}, as the imports take it; {@code language} may be null. */
    ResponseEntity<JsonNode> upload(String path, String fileName, byte[] content, String language) {
        HttpHeaders headers = new HttpHeaders();
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return postFile(path, fileName, content, headers);
    }

    /** Uploads {@code content} as a browser would a file chosen for the multipart part {@code file}. */
    ResponseEntity<JsonNode> postFile(String path, String fileName, byte[] content, HttpHeaders headers) {
        headers.setBearerAuth(token());
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> get(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token());
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    ResponseEntity<String> getText(String path) {
        return getText(path, new HttpHeaders());
    }

    ResponseEntity<String> getText(String path, HttpHeaders headers) {
        headers.setBearerAuth(token());
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** Polls a read model until it satisfies the condition; projections are asynchronous. */
    JsonNode awaitGet(String path, Predicate<JsonNode> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    ResponseEntity<JsonNode> response = get(path);
                    return response.getStatusCode().is2xxSuccessful() ? response.getBody() : null;
                }, body -> body != null && condition.test(body));
    }

    private String token() {
        return TOKENS.computeIfAbsent(user + "@" + rest.getRootUri(), key -> {
            ResponseEntity<JsonNode> response = rest.withBasicAuth(user, PASSWORD)
                    .postForEntity("/api/auth/token", null, JsonNode.class);
            if (!response.getStatusCode().is2xxSuccessful() || response.getBody() == null) {
                throw new IllegalStateException("cannot sign in as " + user + ": " + response.getStatusCode());
            }
            return response.getBody().get("access_token").asText();
        });
    }
}
