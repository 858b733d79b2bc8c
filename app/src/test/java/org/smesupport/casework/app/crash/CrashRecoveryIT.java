package org.smesupport.casework.app.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smesupport.casework.app.PostgresTestDatabase;

/**
 * Kills the packaged application with SIGKILL while eight clients send commands, several times,
 * and checks after each restart that every acknowledged command is in the event store, that a
 * retry with the same Idempotency-Key never stores a command twice; then rebuilds every read model
 * while the clients go on writing, and finally checks that every read model equals a fresh rebuild
 * of it from the events. Runs on the embedded default and with the event store in PostgreSQL, in the
 * integration-test phase, after the jar is built ({@code ./mvnw verify}).
 */
class CrashRecoveryIT {

    private static final int ROUNDS = 4;
    private static final int THREADS = 8;
    private static final List<String> REPORTS = List.of("/api/reports/consultations/2020");

    @TempDir
    Path workDir;

    @Test
    void onTheEmbeddedDefault() throws Exception {
        acknowledgedCommandsSurviveKillsAndReadModelsConvergeToTheEvents(List.of());
    }

    /** The event store and the idempotency keys in PostgreSQL, the read models in the data directory. */
    @Test
    void withTheEventStoreInPostgres() throws Exception {
        String url = PostgresTestDatabase.create("casework_test_crash");
        acknowledgedCommandsSurviveKillsAndReadModelsConvergeToTheEvents(PostgresTestDatabase.applicationArguments(url));
    }

    private void acknowledgedCommandsSurviveKillsAndReadModelsConvergeToTheEvents(List<String> settings)
            throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("CrashRecoveryIT seed " + seed + " (rerun with -Dcrash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path jar = Path.of(System.getProperty("casework.jar", "target/app-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the packaged application; run through ./mvnw verify").exists();
        Path dataDir = Files.createDirectories(workDir.resolve("data"));
        Ledger ledger = new Ledger();

        for (int round = 1; round <= ROUNDS; round++) {
            AppProcess app = AppProcess.start(jar, dataDir, round, settings);
            if (round > 1) {
                ClusterChecks.nothingAcknowledgedWasLost(app.api(), app.api(), ledger, app::logTail);
            }
            Load load = new Load(app.api(), ledger);
            int killAt = ledger.acknowledgedCount() + 100 + random.nextInt(400);
            load.start(THREADS, random.nextLong());
            await().atMost(Duration.ofSeconds(120)).until(() -> ledger.acknowledgedCount() >= killAt
                    || !load.failures().isEmpty());
            app.kill();
            load.stop();
            assertThat(load.failures()).as("valid requests refused in round " + round).isEmpty();
        }

        AppProcess app = AppProcess.start(jar, dataDir, ROUNDS + 1, settings);
        try {
            ClusterChecks.nothingAcknowledgedWasLost(app.api(), app.api(), ledger, app::logTail);
            replayWhileWriting(app.api(), ledger, random.nextLong());
            assertReadModelsEqualARebuild(app.api(), ledger);
            ClusterChecks.historyIsIntactAndAddsUp(app.api(), REPORTS);
        } finally {
            app.stop();
        }
    }

    /** Rebuilds every read model while the clients go on writing; the final comparison checks the result. */
    private static void replayWhileWriting(Api api, Ledger ledger, long seed) throws Exception {
        Load load = new Load(api, ledger);
        int before = ledger.acknowledgedCount();
        load.start(THREADS, seed);
        await().atMost(Duration.ofSeconds(120)).until(() -> ledger.acknowledgedCount() >= before + 200);
        replayAll(api);
        await().atMost(Duration.ofSeconds(120)).until(() -> ledger.acknowledgedCount() >= before + 400);
        load.stop();
        assertThat(load.failures()).as("valid requests refused while replaying").isEmpty();
        assertThat(ledger.takeUnanswered()).as("requests left unanswered without a crash").isEmpty();
    }

    private static void replayAll(Api api) throws Exception {
        for (JsonNode projection : api.get("admin", "/api/admin/projections").body()) {
            String name = projection.get("name").asText();
            Api.Answer replay = api.post("admin", "/api/admin/projections/" + name + "/replay", Map.of(), null);
            // 409: a processor that must never replay (it sends commands) refuses
            assertThat(replay.status()).as("replay of " + name).isIn(202, 409);
        }
    }

    private static void assertReadModelsEqualARebuild(Api api, Ledger ledger) throws Exception {
        ClusterChecks.awaitProjectionsAtHead(api);
        Map<String, JsonNode> live = readModels(api, ledger);
        replayAll(api);
        ClusterChecks.awaitProjectionsAtHead(api);
        Map<String, JsonNode> rebuilt = readModels(api, ledger);
        assertThat(rebuilt.keySet()).containsExactlyElementsOf(live.keySet());
        for (String path : live.keySet()) {
            assertThat(rebuilt.get(path)).as(path + " after a rebuild").isEqualTo(live.get(path));
        }
    }

    /** Every company and case the clients created, and the reports, as the API answers them. */
    private static Map<String, JsonNode> readModels(Api api, Ledger ledger) throws Exception {
        List<String> paths = new ArrayList<>(REPORTS);
        for (Ledger.Sent sent : ledger.acknowledged()) {
            if (sent.path().equals("/api/companies")) {
                paths.add("/api/companies/" + sent.aggregateId());
            } else if (sent.path().equals("/api/consultations")) {
                paths.add("/api/consultations/" + sent.aggregateId());
            }
        }
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Api.Answer answer = api.get("admin", path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            JsonNode body = answer.body();
            if (body instanceof ObjectNode object) {
                object.remove(List.of("rebuilding", "rebuildProgress"));
            }
            answers.put(path, body);
        }
        return answers;
    }
}
