package org.smesupport.casework.projection.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.reference.ReferenceAssignedEvent;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

class ReferenceProjectionTest {

    private static final Instant AT = Instant.parse("2020-05-11T00:30:00Z");

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> references = mongo.database().getCollection(ReferenceProjection.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void findsEachRecordByItsReferenceAndARedeliveryChangesNothing() {
        List<TrackedEventMessage<?>> events = List.of(
                log.append("reference-CONSULTATION-2020", new ReferenceAssignedEvent("reference-CONSULTATION-2020",
                        ReferenceKind.CONSULTATION, 2020, 1, "相談-2020-000001", "K-1"), AT),
                log.append("reference-LEASE-2019", new ReferenceAssignedEvent("reference-LEASE-2019",
                        ReferenceKind.LEASE, 2019, 1, "貸与-2019-0001", "L-1"), AT));
        new ProjectionHarness(new ReferenceProjection(mongo.database(), 100)).deliver(events);
        List<Document> once = references.find().into(new ArrayList<>());
        new ProjectionHarness(new ReferenceProjection(mongo.database(), 0)).deliver(events);

        assertThat(references.find(new Document("_id", "貸与-2019-0001")).first())
                .isEqualTo(new Document("_id", "貸与-2019-0001").append("kind", "LEASE").append("recordId", "L-1")
                        .append("registerId", "reference-LEASE-2019").append("number", 1L));
        assertThat(references.find().into(new ArrayList<>())).isEqualTo(once).hasSize(2);
    }

    @Test
    void resetEmptiesTheCollection() {
        ReferenceProjection projection = new ReferenceProjection(mongo.database(), 100);
        new ProjectionHarness(projection).deliver(List.of(log.append("reference-SUCCESSION-2020",
                new ReferenceAssignedEvent("reference-SUCCESSION-2020", ReferenceKind.SUCCESSION, 2020, 1,
                        "引継-2020-0001", "S-1"), AT)));

        new ProjectionHarness(projection).reset();

        assertThat(references.countDocuments()).isZero();
    }
}
