package org.smesupport.casework.app.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A plain HTTP client of the application under test, with bearer tokens per user. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Api(String base) {
        this.base = base;
    }

    record Answer(int status, JsonNode body, boolean replayed) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    boolean isHealthy() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Answer post(String user, String path, Object body, String idempotencyKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    Answer get(String user, String path) throws IOException, InterruptedException {
        return answer(http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(user))
                .GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private String token(String user) throws IOException, InterruptedException {
        String token = tokens.get(user);
        if (token == null) {
            String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                    .header("Authorization", "Basic " + basic)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("no token for " + user + ": " + response.statusCode() + " " + response.body());
            }
            token = JSON.readTree(response.body()).get("access_token").asText();
            tokens.put(user, token);
        }
        return token;
    }

    private static Answer answer(HttpResponse<String> response) throws IOException {
        String body = response.body();
        return new Answer(response.statusCode(), body == null || body.isBlank() ? null : JSON.readTree(body),
                response.headers().firstValue("Idempotency-Replayed").isPresent());
    }
}
