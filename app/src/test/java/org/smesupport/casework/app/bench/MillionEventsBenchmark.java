package org.smesupport.casework.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.app.CaseworkApplication;
import org.smesupport.casework.app.PageSession;
import org.smesupport.casework.app.admin.ProjectionAdministration;
import org.smesupport.casework.app.admin.ProjectionStatus;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A big centre on the embedded default: the demo generator loads about a million events (FY2020 to today) through
 * the command path (consultations, leases with every day closed, matching, restructuring, succession), then, with every
 * projection caught up: the disk the event store and the read models take, the heap after a full collection, every
 * report and the whole annual report page, the lists and searches, the hash chain's verification, the audit export
 * of the whole period, and a rebuild of the report's statistics with its progress. Run with
 * {@code ./mvnw -B -ntp -pl app verify -Pbench -Dtest=MillionEventsBenchmark} (sizes: {@code -Dbench.bigCasesPerYear},
 * {@code -Dbench.bigContractsPerYear}, {@code -Dbench.bigFirstYear}); lines start with "BENCH".
 */
@Tag("benchmark")
class MillionEventsBenchmark {

    private static final int CASES_PER_YEAR = Integer.getInteger("bench.bigCasesPerYear", 30_000);
    private static final int CONTRACTS_PER_YEAR = Integer.getInteger("bench.bigContractsPerYear", 100);
    private static final int FIRST_YEAR = Integer.getInteger("bench.bigFirstYear", 2020);
    private static final boolean SYNC = Boolean.parseBoolean(System.getProperty("bench.sync", "true"));
    private static final int REQUESTS = 30;
    private static final ZoneId CENTRE = ZoneId.of("Asia/Tokyo");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void measure() throws Exception {
        Path dataDir = Files.createTempDirectory("casework-million-");
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseworkApplication.class).run(
                "--server.port=0", "--casework.data-dir=" + dataDir, "--casework.demo-data.enabled=true",
                "--casework.demo-data.first-fiscal-year=" + FIRST_YEAR,
                "--casework.demo-data.cases-per-year=" + CASES_PER_YEAR,
                "--casework.demo-data.contracts-per-year=" + CONTRACTS_PER_YEAR,
                "--casework.event-store.sync=" + SYNC, "--logging.level.org.axonframework=WARN",
                "--logging.level.root=WARN", "--logging.level.org.smesupport.casework.app.demo=INFO")) {
            ProjectionAdministration projections = app.getBean(ProjectionAdministration.class);
            long events = projections.headPosition() + 1;
            long loaded = System.nanoTime();
            record("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MiB, embedded default, fsync per checkpoint " + SYNC);
            record("history loaded through the command path (FY" + FIRST_YEAR + " to today, " + CASES_PER_YEAR
                    + " cases and ~" + CONTRACTS_PER_YEAR + " lease contracts a year)", "%,d events in %,d s = %,d "
                    .formatted(events, seconds(started, loaded), events / Math.max(1, seconds(started, loaded)))
                    + "events/s");
            awaitCaughtUp(projections, events);
            record("every projection caught up", "%,d s after the load".formatted(seconds(loaded, System.nanoTime())));
            record("disk: event store / read models", "%,d MiB / %,d MiB".formatted(
                    size(dataDir.resolve("eventstore")) >> 20, size(dataDir.resolve("readmodels")) >> 20));
            System.gc();
            record("heap used after a full collection", "%,d MiB".formatted(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20));

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String token = token(port);
            FiscalYear year = FiscalYear.containing(LocalDate.now(CENTRE)).previous();
            for (String report : List.of("consultations", "leases", "matching", "restructuring")) {
                measure(port, token, "/api/reports/" + report + "/" + year.startYear());
            }
            PageSession admin = new PageSession(port);
            admin.signIn("admin", "demo");
            measurePage(admin, "/reports/annual/" + year.startYear());
            String company = field(get(port, token, "/api/companies?size=1"), "companyId");
            for (String list : List.of("/api/consultations?size=50", "/api/consultations?status=OPEN&size=50",
                    "/api/consultations?companyId=" + company, "/api/leases?size=50", "/api/leases?inArrears=true",
                    "/api/companies?size=50", "/api/companies?name=%E8%A3%BD%E4%BD%9C", "/api/audit/events?size=50",
                    "/api/audit/events?companyId=" + company, "/api/companies/" + company + "/summary")) {
                measure(port, token, list);
            }
            new GoingLiveBench(this::record).chainVerification(app);
            export(port, token);
            rebuild(projections, "consultation-statistics", events);
        }
    }

    private void measure(int port, String token, String path) {
        for (int i = 0; i < 3; i++) {
            get(port, token, path);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            get(port, token, path);
            nanos.add(System.nanoTime() - started);
        }
        record("GET " + path, percentiles(nanos));
    }

    private void measurePage(PageSession session, String path) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < REQUESTS + 3; i++) {
            long started = System.nanoTime();
            assertThat(session.get(path).statusCode()).isEqualTo(200);
            if (i >= 3) {
                nanos.add(System.nanoTime() - started);
            }
        }
        record("page " + path, percentiles(nanos));
    }

    /** The audit export of every event recorded (the demo records its whole history today), read to its end. */
    private void export(int port, String token) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now(CENTRE);
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request(port, token, "/api/audit/export?recordedFrom="
                + today.minusDays(1) + "&recordedTo=" + today.plusDays(1)), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream body = response.body()) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        long nanos = System.nanoTime() - started;
        record("audit export of the whole period (JSON Lines, streamed)", "%,d lines, %,d MiB in %,d ms = %,d lines/s"
                .formatted(lines, bytes >> 20, nanos / 1_000_000, lines * 1_000_000_000L / Math.max(1, nanos)));
    }

    /** A rebuild of the report's statistics, its progress read every 100 ms as an operator's screen would. */
    private void rebuild(ProjectionAdministration projections, String name, long events) {
        long started = System.nanoTime();
        projections.replay(name);
        long head = projections.headPosition();
        String lastRate = "";
        while (true) {
            ProjectionStatus status = projections.status(name).orElseThrow();
            if (status.position() >= head) {
                break;
            }
            lastRate = String.valueOf(status.rebuild());
            LockSupport.parkNanos(100_000_000);
        }
        long nanos = System.nanoTime() - started;
        record("rebuild of " + name + " over " + "%,d".formatted(events) + " events", "%,d ms = %,d events/s; last "
                .formatted(nanos / 1_000_000, events * 1_000_000_000L / Math.max(1, nanos)) + "progress shown: "
                + lastRate);
    }

    private String get(int port, String token, String path) {
        try {
            HttpResponse<String> response = http.send(request(port, token, path), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest request(int port, String token, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private String token(int port) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/token"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return field(body, "access_token");
    }

    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    private static void awaitCaughtUp(ProjectionAdministration projections, long events) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(90);
        while (projections.statuses().stream().anyMatch(status -> status.position() < events - 1)) {
            assertThat(System.nanoTime()).as("projections caught up within 90 minutes").isLessThan(deadline);
            LockSupport.parkNanos(500_000_000);
        }
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static long seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000_000L;
    }

    private static String percentiles(List<Long> nanos) {
        nanos.sort(Long::compare);
        return "p50 %.1f ms, p95 %.1f ms".formatted(nanos.get(nanos.size() / 2) / 1e6,
                nanos.get(Math.min(nanos.size() - 1, nanos.size() * 95 / 100)) / 1e6);
    }

    private void record(String what, String figure) {
        System.out.println("BENCH | " + what + " | " + figure + " |");
    }
}
