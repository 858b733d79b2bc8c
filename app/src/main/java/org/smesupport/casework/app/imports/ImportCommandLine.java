package org.smesupport.casework.app.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code java -jar app.jar import <kind> <file> [--dry-run] [--url=http://localhost:8080] [--user=admin]}: sends
 * a file to a running server's import ({@code POST /api/imports/{kind}}) without starting one, and prints the
 * report. The password comes from {@code CASEWORK_PASSWORD}, else is asked for on the console. Exits 0 when the
 * file was stored (or, on a dry run, would be), 1 when the report names problems, 2 when the server could not be
 * reached or the command line, the sign-in or the import's name is wrong.
 */
public final class ImportCommandLine {

    public static final int DONE = 0;
    public static final int PROBLEMS = 1;
    public static final int FAILED = 2;
    private static final String USAGE = "usage: import <kind> <file> [--dry-run] [--url=http://localhost:8080]"
            + " [--user=admin]  (password from CASEWORK_PASSWORD, else asked for)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public ImportCommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command line given after {@code import} and exits with its status. */
    public static void main(String[] args) {
        System.exit(new ImportCommandLine(System.out, System.err).run(args, ImportCommandLine::password));
    }

    /** The exit status: {@link #DONE}, {@link #PROBLEMS} or {@link #FAILED}. */
    public int run(String[] args, Supplier<String> password) {
        Arguments arguments;
        try {
            arguments = Arguments.of(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return FAILED;
        }
        try {
            byte[] content = Files.readAllBytes(arguments.file());
            String secret = password.get();
            if (secret == null) {
                err.println("No password: set CASEWORK_PASSWORD or run from a console.");
                return FAILED;
            }
            HttpResponse<String> signedIn = send(HttpRequest.newBuilder(arguments.url("/api/auth/token"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (arguments.user() + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            if (signedIn.statusCode() != 200) {
                err.println("Cannot sign in as " + arguments.user() + ": HTTP " + signedIn.statusCode());
                return FAILED;
            }
            return report(upload(arguments, content, JSON.readTree(signedIn.body()).path("access_token").asText()));
        } catch (IOException e) {
            err.println("Cannot import " + arguments.file() + " to " + arguments.server() + ": " + e);
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    private HttpResponse<String> upload(Arguments arguments, byte[] content, String token)
            throws IOException, InterruptedException {
        String boundary = "casework-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + arguments.file().getFileName().toString().replace("\"", "") + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(arguments.url("/api/imports/" + arguments.kind()
                        + "?dryRun=" + arguments.dryRun()))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", Locale.getDefault().toLanguageTag())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Prints the server's answer; a report or a 422 naming problems is {@link #PROBLEMS}. */
    private int report(HttpResponse<String> answer) throws IOException {
        out.println(pretty(answer.body()));
        return switch (answer.statusCode()) {
            case 200 -> JSON.readTree(answer.body()).path("problems").isEmpty() ? DONE : PROBLEMS;
            case 400, 422 -> PROBLEMS;
            default -> {
                err.println("The server answered HTTP " + answer.statusCode());
                yield FAILED;
            }
        };
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String pretty(String body) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(body));
        } catch (IOException e) {
            return body;
        }
    }

    private static String password() {
        String password = System.getenv("CASEWORK_PASSWORD");
        if (password != null || System.console() == null) {
            return password;
        }
        char[] typed = System.console().readPassword("Password: ");
        return typed == null ? null : new String(typed);
    }

    /** The command line after {@code import}. */
    record Arguments(String kind, Path file, boolean dryRun, String server, String user) {

        static Arguments of(String[] args) {
            List<String> positional = new ArrayList<>();
            boolean dryRun = false;
            String server = "http://localhost:8080";
            String user = "admin";
            for (String arg : args) {
                if (arg.equals("--dry-run")) {
                    dryRun = true;
                } else if (arg.startsWith("--url=")) {
                    server = arg.substring("--url=".length()).replaceAll("/+$", "");
                } else if (arg.startsWith("--user=")) {
                    user = arg.substring("--user=".length());
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("Unknown option " + arg);
                } else {
                    positional.add(arg);
                }
            }
            if (positional.size() != 2 || !positional.get(0).matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("Give the import's kind (e.g. companies) and the file.");
            }
            if (!server.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                throw new IllegalArgumentException("The --url is the server's address, e.g. http://localhost:8080");
            }
            return new Arguments(positional.get(0), Path.of(positional.get(1)), dryRun, server, user);
        }

        URI url(String path) {
            return URI.create(server + path);
        }
    }
}
