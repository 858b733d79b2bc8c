package org.smesupport.casework.app.readstore;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Whether the read store answers (the in-process server of the embedded default, or MongoDB): a ping on the read
 * models' database. The read models are read through the MongoDB driver, not Spring Data, so Spring Boot has no
 * indicator of its own for it; the readiness group includes this one.
 */
@Component("readStore")
class ReadStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase readModels;

    ReadStoreHealthIndicator(MongoDatabase readModels) {
        super("the read store did not answer a ping");
        this.readModels = readModels;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        readModels.runCommand(new Document("ping", 1));
        health.up().withDetail("database", readModels.getName());
    }
}
