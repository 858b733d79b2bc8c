package org.smesupport.casework.projection.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smesupport.casework.projection.matching.MatchingEvents.profile;
import static org.smesupport.casework.projection.matching.MatchingEvents.registered;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierProfileUpdatedEvent;
import org.smesupport.casework.api.matching.SupplierWithdrawnEvent;
import org.smesupport.casework.projection.EmbeddedMongo;
import org.smesupport.casework.projection.EventLog;
import org.smesupport.casework.projection.ProjectionHarness;

class SupplierProjectionTest {

    private static final Instant AT = Instant.parse("2020-06-01T00:00:00Z");
    private static final LocalDate APRIL = LocalDate.of(2020, 4, 1);

    private final EmbeddedMongo mongo = new EmbeddedMongo();
    private final MongoCollection<Document> suppliers = mongo.database().getCollection(SupplierProjection.COLLECTION);
    private final MongoCollection<Document> index = mongo.database().getCollection(SupplierIndex.COLLECTION);
    private final EventLog log = new EventLog();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void keepsTheSupplierWithItsProfileStatusAndDates() {
        new ProjectionHarness(projection()).deliver(history());

        Document s1 = supplier("S-1");
        assertThat(s1.getString("companyId")).isEqualTo("C-S-1");
        assertThat(s1.getString("companyName")).isEqualTo("Kawasaki Seiki");
        assertThat(s1.getString("status")).isEqualTo("REGISTERED");
        assertThat(s1.getString("registeredOn")).isEqualTo("2020-04-01");
        assertThat(s1.getString("profileSurveyedOn")).isEqualTo("2021-01-20");
        Document profile = s1.get("profile", Document.class);
        assertThat(profile.getList("processes", String.class)).containsExactly("SHEET_METAL", "WELDING");
        assertThat(profile.getInteger("availableHoursPerMonth")).isEqualTo(80);
        assertThat(profile.getString("region")).isEqualTo("SHONAN");
        assertThat(s1.getLong("version")).isEqualTo(1L);
        Document s2 = supplier("S-2");
        assertThat(s2.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(s2.getString("withdrawnOn")).isEqualTo("2020-12-01");
        assertThat(s2.getString("withdrawalReason")).isEqualTo("closed the business");
    }

    @Test
    void indexesRegisteredSuppliersUnderEveryProcessTheyOfferAndFollowsUpdatesAndWithdrawals() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        List<TrackedEventMessage<?>> events = history();

        harness.deliver(events.subList(0, 3));
        assertThat(indexed(Process.MACHINING)).containsExactlyInAnyOrder("S-1", "S-2");
        assertThat(indexed(Process.SHEET_METAL)).containsExactly("S-1");
        assertThat(indexed(Process.SURFACE_TREATMENT)).containsExactly("S-3");
        Document entry = entry(Process.MACHINING, "S-1");
        assertThat(entry.getString("name")).isEqualTo("Kawasaki Seiki");
        assertThat(entry.getString("region")).isEqualTo("KAWASAKI");
        assertThat(entry.getList("processes", String.class)).containsExactly("MACHINING", "SHEET_METAL");
        assertThat(entry.getList("certifications", String.class)).containsExactly("ISO_9001");
        assertThat(entry.getInteger("hours")).isEqualTo(120);
        assertThat(entry.getList("focusFields", String.class)).containsExactly("ROBOTICS");
        assertThat(entry).doesNotContainKey("equipment");

        // S-1 drops machining, adds welding and moves; S-2 withdraws.
        harness.deliver(events.subList(3, events.size()));
        assertThat(indexed(Process.MACHINING)).isEmpty();
        assertThat(indexed(Process.SHEET_METAL)).containsExactly("S-1");
        assertThat(indexed(Process.WELDING)).containsExactly("S-1");
        assertThat(entry(Process.SHEET_METAL, "S-1").getString("region")).isEqualTo("SHONAN");
        assertThat(entry(Process.SHEET_METAL, "S-1").getInteger("hours")).isEqualTo(80);
        assertThat(indexed(Process.SURFACE_TREATMENT)).containsExactly("S-3");
        assertThat(index.find(new Document("_id", "supplier-index:CASTING_FORGING")).first())
                .as("no document for a process nobody offers").isNull();
    }

    @Test
    void aWithdrawnSupplierStaysOutOfTheIndexWhateverFollows() {
        SupplierId id = SupplierId.of("S-9");
        new ProjectionHarness(projection()).deliver(List.of(
                log.append("S-9", registered("S-9", "Yokosuka Koki", APRIL, profile(Set.of(Process.CASTING_FORGING),
                        Region.YOKOSUKA_MIURA, 40)), AT),
                log.append("S-9", new SupplierWithdrawnEvent(id, LocalDate.of(2020, 5, 1), "retired"), AT),
                log.append("S-9", new SupplierProfileUpdatedEvent(id, profile(Set.of(Process.CASTING_FORGING, Process.DESIGN),
                        Region.YOKOSUKA_MIURA, 10), LocalDate.of(2020, 6, 1)), AT)));

        assertThat(indexed(Process.CASTING_FORGING)).isEmpty();
        assertThat(index.find(new Document("_id", "supplier-index:DESIGN")).first()).isNull();
        assertThat(supplier("S-9").getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aSupplierRegisteredAgainAfterItsWithdrawalIsBackInTheIndexWithItsNewProfile() {
        SupplierId id = SupplierId.of("S-8");
        new ProjectionHarness(projection()).deliver(List.of(
                log.append("S-8", registered("S-8", "Hiratsuka Kogyo", APRIL, profile(Set.of(Process.CASTING_FORGING),
                        Region.SHONAN, 40)), AT),
                log.append("S-8", new SupplierWithdrawnEvent(id, LocalDate.of(2020, 5, 1), "retired"), AT),
                log.append("S-8", registered("S-8", "Hiratsuka Kogyo", LocalDate.of(2021, 4, 1),
                        profile(Set.of(Process.DESIGN), Region.SHONAN, 20)), AT)));

        Document again = supplier("S-8");
        assertThat(again.getString("status")).isEqualTo("REGISTERED");
        assertThat(again.getString("registeredOn")).isEqualTo("2021-04-01");
        assertThat(again.getString("withdrawnOn")).isNull();
        assertThat(indexed(Process.DESIGN)).containsExactly("S-8");
        assertThat(indexed(Process.CASTING_FORGING)).isEmpty();
    }

    @Test
    void redeliveryChangesNothingEvenWithoutTheCache() {
        List<TrackedEventMessage<?>> events = history();
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(events.subList(0, 4));
        harness.deliver(events.subList(4, events.size()));
        List<Document> once = everything();

        harness.deliver(events);
        new ProjectionHarness(projection()).deliver(events.subList(1, events.size()));

        assertThat(everything()).isEqualTo(once);
    }

    @Test
    void theIndexConvergesWhenABatchWroteItButNotTheSuppliers() {
        List<TrackedEventMessage<?>> events = history();
        new ProjectionHarness(projection()).deliver(events);
        List<Document> expected = everything();
        mongo.database().getCollection(SupplierIndex.COLLECTION).deleteMany(new Document());
        mongo.database().getCollection(SupplierProjection.COLLECTION).deleteMany(new Document());

        // The index write of the second batch landed, the supplier write after it did not.
        new ProjectionHarness(projection()).deliver(events.subList(0, 3));
        List<Document> suppliersAfterFirstBatch = suppliers.find().into(new ArrayList<>());
        new ProjectionHarness(projection()).deliver(events.subList(3, events.size()));
        suppliers.deleteMany(new Document());
        suppliers.insertMany(suppliersAfterFirstBatch);
        new ProjectionHarness(projection()).deliver(events.subList(3, events.size()));

        assertThat(everything()).isEqualTo(expected);
    }

    @Test
    void keysEntriesSafelyWhateverTheSupplierIdHoldsAndKeepsThePlainId() {
        new ProjectionHarness(projection()).deliver(List.of(
                log.append("S.2020.$1", registered("S.2020.$1", "Dotted", APRIL, profile(Set.of(Process.DESIGN),
                        Region.KENOU, 10)), AT)));

        Document suppliersByKey = index.find(new Document("_id", "supplier-index:DESIGN")).first()
                .get("suppliers", Document.class);
        assertThat(suppliersByKey.keySet()).containsExactly("S%2E2020%2E%241");
        assertThat(suppliersByKey.get("S%2E2020%2E%241", Document.class).getString("id")).isEqualTo("S.2020.$1");
    }

    @Test
    void resetEmptiesTheSuppliersAndTheIndex() {
        ProjectionHarness harness = new ProjectionHarness(projection());
        harness.deliver(history());

        harness.reset();

        assertThat(suppliers.countDocuments()).isZero();
        assertThat(index.countDocuments()).isZero();
    }

    private SupplierProjection projection() {
        return new SupplierProjection(mongo.database(), 100);
    }

    private List<TrackedEventMessage<?>> history() {
        return List.of(
                log.append("S-1", registered("S-1", "Kawasaki Seiki", APRIL,
                        profile(Set.of(Process.MACHINING, Process.SHEET_METAL), Region.KAWASAKI, 120)), AT),
                log.append("S-2", registered("S-2", "Sagami Kako", APRIL.plusDays(3),
                        profile(Set.of(Process.MACHINING), Region.SAGAMIHARA, 40)), AT),
                log.append("S-3", registered("S-3", "Shonan Plating", APRIL.plusDays(5),
                        profile(Set.of(Process.SURFACE_TREATMENT), Region.SHONAN, 200)), AT),
                log.append("S-2", new SupplierWithdrawnEvent(SupplierId.of("S-2"), LocalDate.of(2020, 12, 1),
                        "closed the business"), AT),
                log.append("S-1", new SupplierProfileUpdatedEvent(SupplierId.of("S-1"),
                        profile(Set.of(Process.SHEET_METAL, Process.WELDING), Region.SHONAN, 80),
                        LocalDate.of(2021, 1, 20)), AT));
    }

    private Document supplier(String id) {
        return suppliers.find(new Document("_id", id)).first();
    }

    private List<String> indexed(Process process) {
        Document document = index.find(new Document("_id", SupplierIndex.documentId(process))).first();
        return document == null ? List.of() : document.get("suppliers", Document.class).values().stream()
                .map(entry -> ((Document) entry).getString("id"))
                .toList();
    }

    private Document entry(Process process, String supplierId) {
        return index.find(new Document("_id", SupplierIndex.documentId(process))).first()
                .get("suppliers", Document.class).get(SupplierIndex.key(supplierId), Document.class);
    }

    private List<Document> everything() {
        List<Document> documents = suppliers.find().sort(new Document("_id", 1)).into(new ArrayList<>());
        index.find().sort(new Document("_id", 1)).into(documents);
        return documents;
    }
}
