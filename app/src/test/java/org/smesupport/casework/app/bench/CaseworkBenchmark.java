package org.smesupport.casework.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.company.CompanyPage;
import org.smesupport.casework.api.company.CorporateNumber;
import org.smesupport.casework.api.company.FindCompaniesQuery;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.company.RegisterCompanyCommand;
import org.smesupport.casework.api.company.SizeClass;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCasePage;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.FindConsultationCasesQuery;
import org.smesupport.casework.api.consultation.OpenConsultationCaseCommand;
import org.smesupport.casework.api.consultation.RecordConsultationSessionCommand;
import org.smesupport.casework.api.lease.ContractKind;
import org.smesupport.casework.api.lease.FindLeaseContractsQuery;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractPage;
import org.smesupport.casework.api.lease.OpenLeaseContractCommand;
import org.smesupport.casework.api.lease.PaymentFrequency;
import org.smesupport.casework.api.lease.RecordLeasePaymentCommand;
import org.smesupport.casework.api.matching.CandidateSuppliers;
import org.smesupport.casework.api.matching.Certification;
import org.smesupport.casework.api.matching.FindCandidateSuppliersQuery;
import org.smesupport.casework.api.matching.FocusField;
import org.smesupport.casework.api.matching.OrderRequestDetails;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.ReceiveOrderRequestCommand;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.RegisterSupplierCommand;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierProfile;
import org.smesupport.casework.app.CaseworkApplication;
import org.smesupport.casework.app.PageSession;
import org.smesupport.casework.app.PostgresTestDatabase;
import org.smesupport.casework.app.admin.ProjectionAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the embedded default (H2 event store, in-process Mongo server) on this machine, or with
 * {@code -Dbench.store=postgres} the event store in PostgreSQL ({@code .ci/postgres} starts one):
 * commands/s through the gateway and over HTTP, projection lag at a steady 500 commands/s, and
 * replay events/s. Not a test: it asserts only that the work was done. Run with
 * {@code ./mvnw -B -pl app -am verify -Pbench -DskipTests=false}; results go to stdout and to
 * {@code app/target/benchmark-results.md}.
 */
@Tag("benchmark")
class CaseworkBenchmark {

    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    private static final int HTTP_THREADS = Integer.getInteger("bench.httpThreads", 8);
    private static final int CASES = Integer.getInteger("bench.cases", 2_000);
    private static final int GATEWAY_COMMANDS = Integer.getInteger("bench.gatewayCommands", 30_000);
    private static final int HTTP_COMMANDS = Integer.getInteger("bench.httpCommands", 10_000);
    private static final int LAG_RATE = Integer.getInteger("bench.lagRate", 500);
    private static final int LAG_SECONDS = Integer.getInteger("bench.lagSeconds", 20);
    private static final int DEMO_CASES_PER_YEAR = Integer.getInteger("bench.demoCasesPerYear", 2_000);
    private static final int LEASES = Integer.getInteger("bench.leases", 50);
    /** fsync every checkpoint (power-loss durable, the default) or only write it (survives a killed process). */
    private static final boolean SYNC = Boolean.parseBoolean(System.getProperty("bench.sync", "true"));
    /** h2 (the embedded default) or postgres (the postgres profile, in a fresh database casework_bench). */
    private static final String STORE = System.getProperty("bench.store", "h2");
    private static final int LEASE_MONTHS = 120;
    private static final int PAGE_REQUESTS = Integer.getInteger("bench.pageRequests", 100);
    private static final int SUPPLIERS = Integer.getInteger("bench.suppliers", 10_000);
    private static final int CANDIDATE_QUERIES = 200;
    private static final int IMPORTED_CONTRACTS = Integer.getInteger("bench.importedContracts", 10_000);
    private static final List<String> PROJECTIONS = List.of("consultation-cases", "consultation-statistics",
            "companies", "lease-contracts", "lease-statistics", "matching", "matching-statistics");
    private static final LocalDate DAY = LocalDate.of(2020, 6, 1);

    private final List<String> results = new ArrayList<>();

    @Test
    void measure() throws Exception {
        Path dataDir = Files.createTempDirectory("casework-bench-");
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--casework.data-dir=" + dataDir,
                "--casework.demo-data.enabled=true", "--casework.demo-data.cases-per-year=" + DEMO_CASES_PER_YEAR,
                "--casework.event-store.sync=" + SYNC,
                "--logging.level.org.axonframework=WARN", "--logging.level.root=WARN"));
        if (STORE.equals("postgres")) {
            args.addAll(PostgresTestDatabase.applicationArguments(PostgresTestDatabase.create("casework_bench")));
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CaseworkApplication.class)
                .run(args.toArray(String[]::new))) {
            CommandGateway gateway = app.getBean(CommandGateway.class);
            ProjectionAdministration projections = app.getBean(ProjectionAdministration.class);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();

            record("machine", Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", max heap "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, event store " + STORE
                    + (STORE.equals("h2") ? ", fsync per checkpoint " + SYNC : ""));
            // a realistic history first (the demo generator, five fiscal years, loaded at start-up
            // through the command gateway): each case's steps lie close together in the stream
            awaitCaughtUp(projections);
            pages(port, app.getBean(QueryGateway.class));
            GoingLiveBench goingLive = new GoingLiveBench(this::record);
            FiscalYear lastYear = FiscalYear.containing(LocalDate.now()).previous();
            // as of today in the centre's zone: every event of the history replayed
            goingLive.reportsAsOf(app, lastYear, LocalDate.now(ZoneId.of("Asia/Tokyo")));
            goingLive.drillDowns(app, lastYear);
            goingLive.chainVerification(app);
            // the oldest demo contract: opened in the history's first year, paid monthly since
            goingLive.leaseStates(app, "demo-lease-FY2020-001", 20);
            replay(projections, "demo history");
            // then synthetic load; each phase starts with the projections caught up, so that one
            // phase's backlog does not take CPU from the next one's measurement
            setUp(gateway);
            awaitCaughtUp(projections);
            gatewayThroughput(gateway);
            awaitCaughtUp(projections);
            commandSideAlone(gateway, app.getBean(EventProcessingConfiguration.class));
            awaitCaughtUp(projections);
            httpThroughput(port);
            awaitCaughtUp(projections);
            leaseWorkload(gateway, app.getBean("aggregateCache", Cache.class));
            awaitCaughtUp(projections);
            candidateQueries(gateway, app.getBean(QueryGateway.class), projections);
            projectionLag(gateway, projections);
            awaitCaughtUp(projections);
            // worst case for the case read model: sessions spread round-robin over 2,000 cases
            replay(projections, "demo history + synthetic load");
            awaitCaughtUp(projections);
            goingLive.imports(port, IMPORTED_CONTRACTS);
        }
        Path out = Path.of("target", "benchmark-results.md");
        Files.createDirectories(out.getParent());
        Files.write(out, results, StandardCharsets.UTF_8);
    }

    /**
     * The web pages caseworkers, supervisors, reporters and auditors use, signed in with the form as an administrator
     * (who may open them all), over the demo history: each page {@code PAGE_REQUESTS} times from one client, after a
     * few requests to warm up.
     */
    private void pages(int port, QueryGateway queries) {
        String company = queries.query(FindCompaniesQuery.all(0, 1), ResponseTypes.instanceOf(CompanyPage.class)).join()
                .items().get(0).companyId();
        String consultation = queries.query(new FindConsultationCasesQuery(null, null, null, null, null, null, null, 0, 1),
                ResponseTypes.instanceOf(ConsultationCasePage.class)).join().items().get(0).caseId();
        String lease = queries.query(new FindLeaseContractsQuery(null, null, null, null, null, 0, 1),
                ResponseTypes.instanceOf(LeaseContractPage.class)).join().items().get(0).contractId();
        PageSession admin = new PageSession(port);
        admin.signIn("admin", "demo");
        String companies = admin.get("/companies").body();
        measure("page POST /companies/search name=製作", () -> admin.submit(companies, "/companies/search",
                Map.of("name", "製作")));
        for (String page : List.of("/", "/companies", "/companies/" + company,
                "/consultations/" + consultation, "/leases", "/leases/" + lease, "/approvals",
                "/matching/order-requests", "/restructuring/board", "/restructuring/subsidies", "/reports",
                "/reports/consultations/2020", "/reports/leases/2020", "/reports/matching/2020",
                "/reports/restructuring/2020", "/reports/annual/2020", "/plans/plan-5",
                "/reports/consultations/2020/csv", "/history/" + lease)) {
            measure("page " + page.replaceAll("/[0-9a-f-]{20,}", "/{id}"), () -> admin.get(page));
        }
    }

    /** One page {@code PAGE_REQUESTS} times from one client, after a few requests to warm up: its p50 and p95. */
    private void measure(String name, Supplier<HttpResponse<String>> request) {
        for (int i = 0; i < 5; i++) {
            request.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < PAGE_REQUESTS; i++) {
            long started = System.nanoTime();
            int status = request.get().statusCode();
            nanos.add(System.nanoTime() - started);
            assertThat(status).as(name).isEqualTo(200);
        }
        nanos.sort(Long::compare);
        record(name + " (" + PAGE_REQUESTS + " requests, signed in)",
                "p50 " + millis(percentile(nanos, 50)) + " ms, p95 " + millis(percentile(nanos, 95)) + " ms");
    }

    private void setUp(CommandGateway gateway) throws Exception {
        long started = System.nanoTime();
        parallel(THREADS, CASES, i -> {
            CompanyId company = CompanyId.of("bench-company-" + i);
            String base = "%012d".formatted(100_000_000L + i);
            gateway.sendAndWait(new RegisterCompanyCommand(company, CorporateNumber.of(CorporateNumber.checkDigit(base)
                    + base), "株式会社ベンチ" + i, Industry.MANUFACTURING, "横浜市", SizeClass.SMALL, null));
            gateway.sendAndWait(new OpenConsultationCaseCommand(caseId(i), company, Desk.ONE_STOP, "bench", DAY));
        });
        rate("gateway, creating aggregates (register company + open case)", 2 * CASES, started);
    }

    private void gatewayThroughput(CommandGateway gateway) throws Exception {
        long started = System.nanoTime();
        parallel(THREADS, GATEWAY_COMMANDS, i -> gateway.sendAndWait(session(i)));
        rate("gateway, commands on existing aggregates (" + THREADS + " threads)", GATEWAY_COMMANDS, started);
    }

    /**
     * The same load with every event processor stopped: what the command side does when the read
     * models run on cores of their own (a separate query service), which two cores cannot show
     * otherwise. The processors then catch up before the next phase.
     */
    private void commandSideAlone(CommandGateway gateway, EventProcessingConfiguration processing) throws Exception {
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        long started = System.nanoTime();
        parallel(THREADS, GATEWAY_COMMANDS, i -> gateway.sendAndWait(session(GATEWAY_COMMANDS + i)));
        rate("gateway, commands on existing aggregates, event processors stopped (" + THREADS + " threads)",
                GATEWAY_COMMANDS, started);
        processing.eventProcessors().values().forEach(EventProcessor::start);
    }

    private void httpThroughput(int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = token(client, port);
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        parallel(HTTP_THREADS, HTTP_COMMANDS, i -> {
            String body = """
                    {"heldOn":"2020-07-01","category":"FINANCING","counsellor":"bench","durationMinutes":30}""";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/consultations/" + caseId(i % CASES) + "/sessions"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                    failures.incrementAndGet();
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        rate("HTTP, POST session with bearer token (" + HTTP_THREADS + " client threads)", HTTP_COMMANDS, started);
        assertThat(failures.get()).as("failed HTTP commands").isZero();
    }

    /**
     * Ten-year monthly contracts: 120 payments each through the gateway, then the cost of a command on a
     * contract that is not in the aggregate cache, which must read and apply its whole history.
     */
    private void leaseWorkload(CommandGateway gateway, Cache aggregateCache) throws Exception {
        LocalDate contractDate = LocalDate.of(2010, 4, 1);
        for (int i = 0; i < LEASES; i++) {
            gateway.sendAndWait(new OpenLeaseContractCommand(leaseId(i), CompanyId.of("bench-company-" + i),
                    ContractKind.INSTALMENT_SALE, "bench", Yen.of(12_000_000), Yen.ZERO, LEASE_MONTHS,
                    PaymentFrequency.MONTHLY, 200, 0, contractDate, contractDate.plusMonths(1)));
        }
        long started = System.nanoTime();
        parallel(THREADS, LEASES * (LEASE_MONTHS - 1), i -> gateway.sendAndWait(new RecordLeasePaymentCommand(
                leaseId(i % LEASES), "p" + i, contractDate.plusMonths(1 + i / LEASES), Yen.of(100_000), null)));
        rate("gateway, lease payments on " + LEASES + " ten-year contracts (" + THREADS + " threads)",
                (long) LEASES * (LEASE_MONTHS - 1), started);

        aggregateCache.removeAll();
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < LEASES; i++) {
            cold.add(timedPayment(gateway, i, "cold"));
            warm.add(timedPayment(gateway, i, "warm"));
        }
        cold.sort(Long::compare);
        warm.sort(Long::compare);
        record("command on a ten-year contract (" + LEASE_MONTHS + " payments, ~" + (LEASE_MONTHS + 2)
                        + " events), not cached / cached",
                "p50 %s / %s ms, p95 %s / %s ms".formatted(millis(percentile(cold, 50)),
                        millis(percentile(warm, 50)), millis(percentile(cold, 95)), millis(percentile(warm, 95))));
    }

    /**
     * {@value #SUPPLIERS} registered suppliers (each needs a registered company), then the candidate query
     * for order requests needing one, two or three processes, answered by the query side over the bus.
     */
    private void candidateQueries(CommandGateway gateway, QueryGateway queries, ProjectionAdministration projections)
            throws Exception {
        Process[] processes = Process.values();
        Region[] regions = Region.values();
        long started = System.nanoTime();
        parallel(THREADS, SUPPLIERS, i -> {
            CompanyId company = CompanyId.of("bench-supplier-company-" + i);
            String base = "%012d".formatted(200_000_000L + i);
            gateway.sendAndWait(new RegisterCompanyCommand(company, CorporateNumber.of(CorporateNumber.checkDigit(base)
                    + base), "株式会社受注" + i, Industry.MANUFACTURING, "川崎市", SizeClass.SMALL, null));
            Set<Process> offered = EnumSet.of(processes[i % processes.length], processes[(i / 3) % processes.length]);
            gateway.sendAndWait(new RegisterSupplierCommand(SupplierId.forCompany(company), company,
                    new SupplierProfile(offered, List.of("NC旋盤"), i % 4 == 0 ? EnumSet.of(Certification.ISO_9001)
                            : EnumSet.noneOf(Certification.class), i % 300, regions[i % regions.length],
                            EnumSet.of(FocusField.EV)), DAY));
        });
        rate("gateway, registering " + SUPPLIERS + " suppliers (company + supplier)", 2L * SUPPLIERS, started);
        awaitCaughtUp(projections);

        List<OrderRequestId> requests = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            OrderRequestId id = OrderRequestId.of("bench-order-" + n);
            Set<Process> needed = EnumSet.noneOf(Process.class);
            for (int p = 0; p < n; p++) {
                needed.add(processes[p]);
            }
            gateway.sendAndWait(new ReceiveOrderRequestCommand(id, new OrderRequestDetails("発注企業", Region.KAWASAKI,
                    "部品加工", needed, 10, DAY.plusMonths(3), Yen.of(1_000_000), Region.KAWASAKI,
                    EnumSet.of(Certification.ISO_9001), FocusField.EV), DAY));
            requests.add(id);
        }
        awaitCaughtUp(projections);
        List<Long> timings = new ArrayList<>();
        int considered = 0;
        for (int q = 0; q < CANDIDATE_QUERIES; q++) {
            long queryStarted = System.nanoTime();
            CandidateSuppliers answer = queries.query(new FindCandidateSuppliersQuery(requests.get(q % 3), 20),
                    ResponseTypes.instanceOf(CandidateSuppliers.class)).join();
            timings.add(System.nanoTime() - queryStarted);
            considered = Math.max(considered, answer.considered());
        }
        timings.sort(Long::compare);
        record("candidate suppliers query, " + SUPPLIERS + " registered suppliers (up to " + considered
                        + " considered, top 20 returned, " + CANDIDATE_QUERIES + " queries)",
                "p50 %s ms, p95 %s ms, max %s ms".formatted(millis(percentile(timings, 50)),
                        millis(percentile(timings, 95)), millis(timings.get(timings.size() - 1))));
    }

    private static long timedPayment(CommandGateway gateway, int lease, String kind) {
        long started = System.nanoTime();
        gateway.sendAndWait(new RecordLeasePaymentCommand(leaseId(lease), kind + lease, LocalDate.of(2020, 4, 1),
                Yen.of(1), null));
        return System.nanoTime() - started;
    }

    private static LeaseContractId leaseId(int i) {
        return LeaseContractId.of("bench-lease-" + i);
    }

    private void projectionLag(CommandGateway gateway, ProjectionAdministration projections) throws Exception {
        awaitCaughtUp(projections);
        int total = LAG_RATE * LAG_SECONDS;
        List<long[]> samples = new ArrayList<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                samples.add(new long[] {now, projections.headPosition(), slowestPosition(projections)});
                LockSupport.parkNanos(2_000_000);
            }
        });
        sampler.start();
        long interval = 1_000_000_000L / LAG_RATE;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            while (System.nanoTime() < due) {
                LockSupport.parkNanos(due - System.nanoTime());
            }
            gateway.sendAndWait(session(i));
        }
        awaitCaughtUp(projections);
        sampler.interrupt();
        sampler.join();
        List<Long> lags = new ArrayList<>();
        int j = 0;
        for (int i = 0; i < samples.size(); i++) {
            long head = samples.get(i)[1];
            j = Math.max(j, i);
            while (j < samples.size() && samples.get(j)[2] < head) {
                j++;
            }
            if (j < samples.size()) {
                lags.add((samples.get(j)[0] - samples.get(i)[0]) / 1_000_000);
            }
        }
        lags.sort(Long::compare);
        record("projection lag at " + LAG_RATE + " commands/s for " + LAG_SECONDS + " s (" + lags.size()
                + " samples, slowest of " + PROJECTIONS + ")", "p50 " + percentile(lags, 50) + " ms, p99 "
                + percentile(lags, 99) + " ms, max " + lags.get(lags.size() - 1) + " ms (2 ms sampling)");
    }

    private void replay(ProjectionAdministration projections, String history) {
        long events = projections.headPosition() + 1;
        for (String name : PROJECTIONS) {
            long started = System.nanoTime();
            projections.replay(name);
            long head = projections.headPosition();
            while (projections.status(name).orElseThrow().position() < head) {
                LockSupport.parkNanos(1_000_000);
            }
            rate("replay of " + name + " over the " + history + " (" + events + " events)", events, started);
        }
    }

    private static RecordConsultationSessionCommand session(int i) {
        ConsultationCategory category = ConsultationCategory.values()[i % ConsultationCategory.values().length];
        return new RecordConsultationSessionCommand(caseId(i % CASES), DAY.plusDays(i % 200), category, "bench", 30,
                null, false, null);
    }

    private static ConsultationCaseId caseId(int i) {
        return ConsultationCaseId.of("bench-case-" + i);
    }

    private static long slowestPosition(ProjectionAdministration projections) {
        return PROJECTIONS.stream().mapToLong(name -> projections.status(name).orElseThrow().position()).min()
                .orElse(-1);
    }

    private static void awaitCaughtUp(ProjectionAdministration projections) {
        long head = projections.headPosition();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (slowestPosition(projections) < head) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("projections did not catch up within 5 minutes");
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    private static String token(HttpClient client, int port) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("caseworker:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/auth/token"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        int start = body.indexOf("\"access_token\":\"") + "\"access_token\":\"".length();
        return body.substring(start, body.indexOf('"', start));
    }

    private static void parallel(int threads, int count, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    work.accept(i);
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    private void rate(String what, long count, long startedNanos) {
        long elapsedNanos = System.nanoTime() - startedNanos;
        long perSecond = count * 1_000_000_000L / Math.max(1, elapsedNanos);
        record(what, "%,d in %s s = %,d /s".formatted(count, oneDecimal(elapsedNanos, 1_000_000_000L), perSecond));
    }

    private void record(String what, String figure) {
        String line = "| " + what + " | " + figure + " |";
        results.add(line);
        System.out.println("BENCH " + line);
    }

    private static String millis(long nanos) {
        return oneDecimal(nanos, 1_000_000L);
    }

    /** {@code value / unit} with one decimal, rounded half-up, in integer arithmetic. */
    private static String oneDecimal(long value, long unit) {
        long tenths = (value * 10 + unit / 2) / unit;
        return tenths / 10 + "." + tenths % 10;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
