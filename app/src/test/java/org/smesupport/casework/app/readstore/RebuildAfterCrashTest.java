package org.smesupport.casework.app.readstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RebuildAfterCrashTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoDatabase readModels = client.getDatabase("casework");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void readModelsAreDroppedForTheReplayAndTokensAndDeadLettersAreWrittenBackWhole() {
        readModels.getCollection("companies").insertOne(new Document("_id", "c-1").append("name", "株式会社A"));
        readModels.getCollection("lease_statistics").insertOne(new Document("_id", "leases:FY2020"));
        readModels.getCollection("trackingtokens").insertOne(new Document("_id", "t-1").append("processorName", "lease-link"));
        readModels.getCollection("trackingtokens").insertOne(new Document("_id", "t-2").append("processorName", "companies"));
        readModels.getCollection("deadletters").insertOne(new Document("_id", "d-1").append("cause", "poison"));

        RebuildAfterCrash.repair(readModels);

        assertThat(readModels.listCollectionNames().into(new ArrayList<>()))
                .containsExactlyInAnyOrder("trackingtokens", "deadletters");
        assertThat(readModels.getCollection("trackingtokens").find().into(new ArrayList<>()))
                .extracting(document -> document.getString("processorName"))
                .containsExactlyInAnyOrder("lease-link", "companies");
        assertThat(readModels.getCollection("deadletters").find().first()).containsEntry("cause", "poison");
        // the rewritten collections take writes by _id again
        readModels.getCollection("trackingtokens").deleteOne(new Document("_id", "t-2"));
        assertThat(readModels.getCollection("trackingtokens").countDocuments()).isEqualTo(1);
    }
}
