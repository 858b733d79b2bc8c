package org.smesupport.casework.app.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smesupport.casework.app.PostgresTestDatabase;
import org.smesupport.casework.api.lease.CompleteCloseOfBusinessCommand;

/**
 * Two command services and two query services of the packaged application, each its own operating-system process,
 * on one PostgreSQL event store and one shared read store (a MongoDB wire-protocol server listening on a port, as a
 * standalone process would). Clients send commands to both command services and read from both query services;
 * then the command service that seals the event store and the query service that counts the consultations are
 * killed (SIGKILL) in the middle of it, and the clients go on through the survivors, retrying a request whose
 * instance died with its Idempotency-Key. Afterwards nothing acknowledged is lost, nothing is stored or counted
 * twice, the hash chain verifies, every processor runs on a survivor, and the close of business ran on one
 * instance at a time. Runs in the integration-test phase, after the jar is built ({@code ./mvnw verify}).
 */
class MultiInstanceIT {

    private static final int THREADS = 6;
    private static final String REPORT = "/api/reports/consultations/2020";
    /** The hash chain is sealed with one key, whichever command service seals. */
    private static final String CHAIN_KEY = "multi-instance-chain-key-0123456789-abcdefghij";

    @TempDir
    Path workDir;

    private final List<AppProcess> started = new ArrayList<>();
    private MongoServer readStore;

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (AppProcess app : started) {
            app.stop();
        }
        if (readStore != null) {
            readStore.shutdownNow();
        }
    }

    @Test
    void commandAndQueryServicesScaleApartAndSurviveLosingOneOfEach() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("MultiInstanceIT seed " + seed + " (rerun with -Dcrash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path jar = Path.of(System.getProperty("casework.jar", "target/app-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the packaged application; run through ./mvnw verify").exists();
        String eventStore = PostgresTestDatabase.create("casework_test_instances");
        readStore = new MongoServer(H2Backend.inMemory());
        InetSocketAddress readStoreAddress = readStore.bind();
        List<String> shared = new ArrayList<>(PostgresTestDatabase.applicationArguments(eventStore));
        shared.addAll(List.of("--casework.mongo.embedded=false",
                "--spring.data.mongodb.uri=mongodb://127.0.0.1:" + readStoreAddress.getPort() + "/casework",
                "--casework.audit.chain-key=" + CHAIN_KEY,
                // no load balancer here routes a record's commands to one command service (see README)
                "--casework.aggregate-cache.entries=0",
                // four instances share the server's 100 connections, as in docker-compose.postgres.yml
                "--spring.datasource.hikari.maximum-pool-size=20"));
        List<String> command = with(shared, "--casework.serves=command",
                "--casework.lease.close-of-business.enabled=true",
                "--casework.lease.close-of-business.cron=*/5 * * * * *");
        List<String> query = with(shared, "--casework.serves=query");

        List<AppProcess> commands = startAll(jar, List.of(command, command), "command");
        List<AppProcess> queries = startAll(jar, List.of(query, query), "query");
        eachServesItsSideOnly(commands.get(0).api(), queries.get(0).api());

        Ledger ledger = new Ledger();
        Load load = new Load(commands.stream().map(AppProcess::api).toList(), ledger);
        Reads reads = new Reads(queries);
        load.start(THREADS, random.nextLong());
        reads.start();
        await().atMost(Duration.ofSeconds(120)).until(() -> ledger.acknowledgedCount() >= 300
                || !load.failures().isEmpty());
        assertThat(reads.answeredBy()).as("both query services answered reads").hasSize(2);

        AppProcess sealing = holderOf("audit-chain", commands);
        AppProcess counting = holderOf("consultation-statistics", queries);
        reads.lost(counting);
        sealing.kill();
        counting.kill();
        int beforeKill = ledger.acknowledgedCount();
        await().atMost(Duration.ofSeconds(120)).until(() -> ledger.acknowledgedCount() >= beforeKill + 300
                || !load.failures().isEmpty());
        load.stop();
        reads.stop();
        assertThat(load.failures()).as("valid requests refused").isEmpty();
        assertThat(reads.failures()).as("reads refused").isEmpty();

        AppProcess commandSurvivor = commands.get(commands.get(0) == sealing ? 1 : 0);
        AppProcess querySurvivor = queries.get(queries.get(0) == counting ? 1 : 0);
        ClusterChecks.nothingAcknowledgedWasLost(commandSurvivor.api(), querySurvivor.api(), ledger,
                () -> commandSurvivor.logTail() + "\n" + querySurvivor.logTail());
        ClusterChecks.historyIsIntactAndAddsUp(querySurvivor.api(), List.of(REPORT));
        everyProcessorRunsOnASurvivor(querySurvivor.api(), List.of(commandSurvivor, querySurvivor));
        nothingCountedTwice(querySurvivor.api(), ledger);
        theCloseOfBusinessRanOnOneInstanceAtATime(querySurvivor.api(), eventStore, commands);
    }

    private static List<String> with(List<String> shared, String... own) {
        List<String> settings = new ArrayList<>(shared);
        settings.addAll(List.of(own));
        return settings;
    }

    /** Starts the instances side by side (start-up takes most of a minute on two cores). */
    private List<AppProcess> startAll(Path jar, List<List<String>> settings, String name) throws Exception {
        ExecutorService starting = Executors.newFixedThreadPool(settings.size());
        try {
            List<Future<AppProcess>> starts = new ArrayList<>();
            for (int i = 0; i < settings.size(); i++) {
                Path dataDir = Files.createDirectories(workDir.resolve(name + "-" + (i + 1)));
                List<String> own = settings.get(i);
                starts.add(starting.submit(() -> AppProcess.start(jar, dataDir, 1, own)));
            }
            List<AppProcess> apps = new ArrayList<>();
            for (Future<AppProcess> start : starts) {
                apps.add(start.get());
                started.add(apps.get(apps.size() - 1));
            }
            return apps;
        } finally {
            starting.shutdown();
        }
    }

    /** A command service answers no queries and a query service takes no commands. */
    private static void eachServesItsSideOnly(Api command, Api query) throws Exception {
        assertThat(command.get("reporter", REPORT).status()).as("a report asked of a command service").isEqualTo(404);
        // 405 where the query side answers a read on the same path (GET /api/companies)
        assertThat(query.post("caseworker", "/api/companies", Map.of(), null).status())
                .as("a command sent to a query service").isIn(404, 405);
        assertThat(command.get("admin", "/actuator/health").status()).isEqualTo(200);
    }

    /** The instance whose process holds the processor's token claim ({@code pid@host}, Axon's default owner). */
    private AppProcess holderOf(String processor, List<AppProcess> candidates) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + readStore.getLocalAddress().getPort())) {
            Document token = await().atMost(Duration.ofSeconds(60)).until(() -> client.getDatabase("casework")
                            .getCollection("trackingtokens").find(Filters.eq("processorName", processor)).first(),
                    found -> found != null && found.getString("owner") != null);
            String owner = token.getString("owner");
            return candidates.stream().filter(app -> owner.startsWith(app.pid() + "@")).findFirst()
                    .orElseThrow(() -> new AssertionError(processor + " is claimed by " + owner + ", none of "
                            + candidates.stream().map(AppProcess::pid).toList()));
        }
    }

    /**
     * The processors the dead instances ran were taken over: as the surviving query service reports them, each runs,
     * claimed by a live process only.
     */
    private static void everyProcessorRunsOnASurvivor(Api reads, List<AppProcess> survivors) {
        List<String> live = survivors.stream().map(app -> app.pid() + "@").toList();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (JsonNode projection : reads.get("admin", "/api/admin/projections").body()) {
                String name = projection.get("name").asText();
                assertThat(projection.get("running").asBoolean()).as(name + " runs").isTrue();
                assertThat(projection.get("heldBy")).as(name + " held by survivors only").isNotEmpty()
                        .allSatisfy(owner -> assertThat(live).anyMatch(owner.asText()::startsWith));
            }
        });
    }

    /** The sessions the report counts are exactly those acknowledged, although their counter died mid-way. */
    private static void nothingCountedTwice(Api reads, Ledger ledger) throws Exception {
        long sessions = ledger.acknowledged().stream().filter(sent -> sent.path().endsWith("/sessions")).count();
        Api.Answer report = reads.get("reporter", REPORT);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("total").get("countB").asLong()).as("sessions of FY2020 in the report")
                .isEqualTo(sessions);
        for (Ledger.Sent sent : ledger.acknowledged()) {
            if (sent.path().equals("/api/consultations")) {
                Api.Answer consultation = reads.get("caseworker", "/api/consultations/" + sent.aggregateId());
                assertThat(consultation.status()).as(sent.aggregateId()).isEqualTo(200);
            }
        }
    }

    /**
     * Both command services ran the close of business every five seconds: it closed yesterday once, its lock is in
     * the event store's database, and neither instance logged a run that failed (the one that loses the lock
     * does nothing, rather than being refused by the ledger).
     */
    private static void theCloseOfBusinessRanOnOneInstanceAtATime(Api reads, String eventStore,
                                                                  List<AppProcess> commands) throws Exception {
        Api.Answer ledger = reads.get("auditor", "/api/audit/streams/" + CompleteCloseOfBusinessCommand.LEDGER_ID);
        assertThat(ledger.status()).isEqualTo(200);
        assertThat(ledger.body().size()).as("days closed").isEqualTo(1);
        try (Connection connection = DriverManager.getConnection(eventStore, PostgresTestDatabase.USER,
                PostgresTestDatabase.PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet lock = statement.executeQuery("SELECT locked_by FROM shedlock WHERE name = 'close-of-business'")) {
            assertThat(lock.next()).as("the close of business's lock row").isTrue();
        }
        for (AppProcess app : commands) {
            assertThat(app.logTail()).doesNotContain("Close of business up to").doesNotContain("closeOfBusiness.");
        }
    }

    /** A reader asking the query services for the report, each in turn, while the clients write. */
    private static final class Reads {

        private final List<AppProcess> queries;
        private final Map<Long, AtomicLong> answered = new ConcurrentHashMap<>();
        private final Queue<String> failures = new ConcurrentLinkedQueue<>();
        private final Map<Long, Boolean> dead = new ConcurrentHashMap<>();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private Thread thread;

        Reads(List<AppProcess> queries) {
            this.queries = queries;
        }

        void start() {
            thread = new Thread(() -> {
                int next = 0;
                while (!stopped.get()) {
                    AppProcess app = queries.get(next++ % queries.size());
                    if (dead.containsKey(app.pid())) {
                        continue;
                    }
                    try {
                        Api.Answer answer = app.api().get("reporter", REPORT);
                        if (answer.status() == 200) {
                            answered.computeIfAbsent(app.pid(), pid -> new AtomicLong()).incrementAndGet();
                        } else {
                            failures.add(app.pid() + " answered " + answer.status() + ": " + answer.body());
                        }
                    } catch (IOException e) {
                        if (!dead.containsKey(app.pid())) {
                            failures.add(app.pid() + " did not answer: " + e);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    // pacing, so that the reader does not take a core from the four instances on two
                    LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
                }
            }, "multi-instance-reads");
            thread.start();
        }

        /** Marks an instance killed: its unanswered reads are expected. */
        void lost(AppProcess app) {
            dead.put(app.pid(), true);
        }

        void stop() throws InterruptedException {
            stopped.set(true);
            thread.join();
        }

        Map<Long, AtomicLong> answeredBy() {
            return Map.copyOf(answered);
        }

        List<String> failures() {
            return List.copyOf(failures);
        }
    }
}
