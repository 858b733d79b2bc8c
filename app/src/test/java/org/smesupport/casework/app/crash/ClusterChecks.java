package org.smesupport.casework.app.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What must hold after instances died under load, asked through the API: of one instance serving both sides, or of
 * a command service ({@code commands}) and a query service ({@code reads}) that survived.
 */
final class ClusterChecks {

    private ClusterChecks() {
    }

    /**
     * Every acknowledged command is in its stream; retrying it with its key replays the first answer;
     * retrying an unanswered one stores it at most once. Afterwards each stream holds exactly one event
     * per acknowledged command. A retry that fails says why in the server's own words (the tail of its log).
     */
    static void nothingAcknowledgedWasLost(Api commands, Api reads, Ledger ledger, Supplier<String> serverLog)
            throws Exception {
        for (Map.Entry<String, Long> entry : ledger.versions().entrySet()) {
            Api.Answer stream = reads.get("auditor", "/api/audit/streams/" + entry.getKey());
            assertThat(stream.status()).as("stream of acknowledged " + entry.getKey()).isEqualTo(200);
            assertThat(stream.body().size()).as("events of " + entry.getKey()).isGreaterThan(entry.getValue().intValue());
        }
        List<Ledger.Sent> acknowledged = ledger.acknowledged();
        for (Ledger.Sent sent : acknowledged.subList(Math.max(0, acknowledged.size() - 40), acknowledged.size())) {
            Api.Answer retry = commands.post("caseworker", sent.path(), sent.body(), sent.key());
            assertThat(retry.status()).as(() -> "retry of " + sent + ": " + retry.body() + "\nserver log:\n"
                    + serverLog.get()).isBetween(200, 299);
            assertThat(retry.replayed()).as("retry of " + sent + " replays the stored answer").isTrue();
            assertThat(retry.body().get("id").asText()).isEqualTo(sent.aggregateId());
            assertThat(retry.body().get("version").asLong()).isEqualTo(sent.version());
        }
        for (Ledger.Sent sent : ledger.takeUnanswered()) {
            Api.Answer retry = commands.post("caseworker", sent.path(), sent.body(), sent.key());
            assertThat(retry.status()).as(() -> "retry of unanswered " + sent.path() + ": " + retry.body()
                    + "\nserver log:\n" + serverLog.get()).isBetween(200, 299);
            ledger.acknowledged(new Ledger.Sent(sent.path(), sent.body(), sent.key(),
                    retry.body().get("id").asText(), retry.body().get("version").asLong()));
        }
        for (Map.Entry<String, Long> entry : ledger.versions().entrySet()) {
            Api.Answer stream = reads.get("auditor", "/api/audit/streams/" + entry.getKey());
            assertThat(stream.body().size()).as("events of " + entry.getKey() + ", none stored twice")
                    .isEqualTo(entry.getValue().intValue() + 1);
        }
    }

    /**
     * The hash chain, kept through every kill, verifies against the event store (every event sealed once, in
     * order), and every figure of the reports adds up to the records behind it.
     */
    static void historyIsIntactAndAddsUp(Api reads, List<String> reports) throws Exception {
        awaitProjectionsAtHead(reads);
        Api.Answer chain = reads.get("auditor", "/api/audit/verify");
        assertThat(chain.status()).isEqualTo(200);
        assertThat(chain.body().get("problems")).as("the chain against the store").isEmpty();
        assertThat(chain.body().get("verified").asBoolean()).isTrue();
        assertThat(chain.body().get("pending").asLong()).isZero();
        for (String report : reports) {
            Api.Answer check = reads.get("auditor", report + "/self-check");
            assertThat(check.body().get("mismatches")).as(report + " against its records").isEmpty();
        }
    }

    /** Every processor, wherever it runs, is running and has applied every stored event. */
    static void awaitProjectionsAtHead(Api reads) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode projection : reads.get("admin", "/api/admin/projections").body()) {
                if (!projection.get("running").asBoolean()
                        || projection.get("position").asLong() < projection.get("headPosition").asLong()) {
                    return false;
                }
            }
            return true;
        });
    }
}
