package org.smesupport.casework.projection;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The in-memory Mongo wire-protocol server, reached through the real driver as the app does. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());

    public MongoDatabase database() {
        return client.getDatabase("read-models");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
