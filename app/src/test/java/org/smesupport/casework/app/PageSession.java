package org.smesupport.casework.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's part in a page test, over real HTTP: keeps the session cookie, reads a form's hidden fields
 * (the CSRF token, the ids a form carries) and posts forms, without following redirects so that a test can
 * see where a form leads.
 */
public final class PageSession {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" (?:id=\"[^\"]*\" )?name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    public PageSession(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    HttpResponse<String> get(String path, String acceptLanguage) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", acceptLanguage).GET().build());
    }

    /** Posts the form's fields, after the hidden ones {@code page} carries (the first form's, for the CSRF token). */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(hiddenFields(page));
        all.putAll(fields);
        return post(action, all);
    }

    HttpResponse<String> post(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Signs in through the form; the answer is the sign-in's redirect. */
    public HttpResponse<String> signIn(String user, String password) {
        return submit(get("/login").body(), "/login", Map.of("username", user, "password", password));
    }

    /** The hidden fields of the page's forms, the last of a name winning (every form carries the same token). */
    static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        return fields;
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").map(URI::create).map(URI::getRawPath)
                .map(path -> path + response.headers().firstValue("Location").map(URI::create)
                        .map(URI::getRawQuery).map(query -> "?" + query).orElse(""))
                .orElseThrow(() -> new AssertionError("no redirect but " + response.statusCode() + ": " + alerts(response.body())));
    }

    /** What a page says went wrong: its alerts and field errors. */
    static String alerts(String page) {
        Matcher alert = Pattern.compile("class=\"(?:error|field-error)\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(page);
        StringBuilder found = new StringBuilder();
        while (alert.find()) {
            found.append(alert.group(1).strip()).append(" | ");
        }
        return found.toString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
