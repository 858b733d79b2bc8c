package org.smesupport.casework.app.admin;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.smesupport.casework.app.admin.ProjectionVerification.Difference;
import org.smesupport.casework.projection.GlobalPosition;
import org.smesupport.casework.projection.ReadModelSettings;
import org.smesupport.casework.query.ProjectionReplay;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * Verifies a read model without touching it: the processing group's projections, made anew on a shadow database,
 * replay the event log up to its head, and every document they write is compared with the live one of the same id;
 * the shadow database is dropped afterwards. The bookkeeping of where a document was last changed (its position) is
 * not compared: a rebuild at rest sees no gaps the live processor saw.
 */
@Component
class ProjectionVerifier {

    static final int DIFFERENCES_LISTED = 100;
    private static final Set<String> BOOKKEEPING = Set.of(GlobalPosition.INDEX_FIELD, GlobalPosition.GAPS_FIELD,
            GlobalPosition.LATE_FIELD);

    private final ApplicationContext context;
    private final EventStore eventStore;
    private final MongoClient mongo;
    private final MongoDatabase readModels;
    private final ProjectionAdministration administration;
    private final int cacheSize;

    ProjectionVerifier(ApplicationContext context, EventStore eventStore, MongoClient mongo, MongoDatabase readModels,
                       ProjectionAdministration administration, @Value(ReadModelSettings.CACHE_SIZE) int cacheSize) {
        this.context = context;
        this.eventStore = eventStore;
        this.mongo = mongo;
        this.readModels = readModels;
        this.administration = administration;
        this.cacheSize = cacheSize;
    }

    /**
     * @throws UnknownProjection if no processor has that name
     * @throws VerificationRefused if its read model is not one a database and the events alone rebuild
     */
    ProjectionVerification verify(String name) {
        ProjectionStatus status = administration.status(name).orElseThrow(() -> new UnknownProjection(name));
        if (!status.replayable()) {
            throw new VerificationRefused(name, "it never replays, so there is no rebuild to compare");
        }
        long head = administration.headPosition();
        MongoDatabase shadow = mongo.getDatabase("verify-" + UUID.randomUUID());
        try {
            ProjectionReplay replay = new ProjectionReplay(projections(name, shadow).toArray());
            ProjectionReplay.eachEvent(eventStore, head, replay::offer);
            long replayed = replay.finish();
            List<ProjectionVerification.CollectionComparison> collections = new ArrayList<>();
            Differences differences = new Differences();
            for (String collection : shadow.listCollectionNames().into(new ArrayList<>())) {
                collections.add(compare(collection, shadow.getCollection(collection),
                        readModels.getCollection(collection), head, differences));
            }
            return new ProjectionVerification(name, head, replayed, differences.count == 0, collections,
                    differences.listed);
        } finally {
            shadow.drop();
        }
    }

    /** The group's event handlers, each made anew on the shadow database as the live one was on the read store. */
    private List<Object> projections(String name, MongoDatabase shadow) {
        List<Object> projections = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(ProcessingGroup.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            ProcessingGroup group = AnnotationUtils.findAnnotation(type, ProcessingGroup.class);
            if (group != null && group.value().equals(name)) {
                projections.add(instantiate(name, type, shadow));
            }
        }
        if (projections.isEmpty()) {
            throw new VerificationRefused(name, "no read model of that name is built by a projection here");
        }
        return projections;
    }

    private Object instantiate(String name, Class<?> type, MongoDatabase shadow) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(MongoDatabase.class, int.class);
            constructor.setAccessible(true);
            return constructor.newInstance(shadow, cacheSize);
        } catch (NoSuchMethodException notFromADatabaseAlone) {
            throw new VerificationRefused(name, type.getSimpleName() + " needs more than a database to be rebuilt");
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make " + type.getName() + " on a shadow database", e);
        }
    }

    /** Both collections in the order of {@code _id}, side by side: constant memory however large. */
    private static ProjectionVerification.CollectionComparison compare(String name, MongoCollection<Document> rebuilt,
                                                                      MongoCollection<Document> live, long head,
                                                                      Differences differences) {
        long made = 0;
        long compared = 0;
        long changedSince = 0;
        long differing = 0;
        try (MongoCursor<BsonDocument> expected = byId(rebuilt); MongoCursor<BsonDocument> actual = byId(live)) {
            BsonDocument want = next(expected);
            BsonDocument have = next(actual);
            while (want != null || have != null) {
                int order = want == null ? 1 : have == null ? -1 : compareIds(want.get("_id"), have.get("_id"));
                if (order < 0) {
                    made++;
                    differing++;
                    differences.add(new Difference(name, id(want), Difference.Kind.MISSING, List.of()));
                    want = next(expected);
                } else if (order > 0) {
                    if (movedSince(have, head)) {
                        changedSince++;
                    } else {
                        differing++;
                        differences.add(new Difference(name, id(have), Difference.Kind.EXTRA, List.of()));
                    }
                    have = next(actual);
                } else {
                    made++;
                    if (movedSince(have, head)) {
                        changedSince++;
                    } else {
                        compared++;
                        List<String> fields = differingFields(want, have);
                        if (!fields.isEmpty()) {
                            differing++;
                            differences.add(new Difference(name, id(want), Difference.Kind.DIFFERENT, fields));
                        }
                    }
                    want = next(expected);
                    have = next(actual);
                }
            }
        }
        return new ProjectionVerification.CollectionComparison(name, made, compared, changedSince, differing);
    }

    private static MongoCursor<BsonDocument> byId(MongoCollection<Document> collection) {
        return collection.find(BsonDocument.class).sort(Sorts.ascending("_id")).iterator();
    }

    private static BsonDocument next(MongoCursor<BsonDocument> cursor) {
        return cursor.hasNext() ? cursor.next() : null;
    }

    /** Ids in the order the store sorts them: strings (almost every read model) by text, else by their type. */
    private static int compareIds(BsonValue left, BsonValue right) {
        if (left.isString() && right.isString()) {
            return left.asString().getValue().compareTo(right.asString().getValue());
        }
        if (left.isNumber() && right.isNumber()) {
            return Long.compare(left.asNumber().longValue(), right.asNumber().longValue());
        }
        return left.getBsonType().compareTo(right.getBsonType());
    }

    private static boolean movedSince(BsonDocument live, long head) {
        BsonValue position = live.get(GlobalPosition.INDEX_FIELD);
        return position != null && position.isNumber() && position.asNumber().longValue() > head;
    }

    private static List<String> differingFields(BsonDocument want, BsonDocument have) {
        Set<String> names = new HashSet<>(want.keySet());
        names.addAll(have.keySet());
        names.removeAll(BOOKKEEPING);
        return names.stream().filter(field -> !Objects.equals(want.get(field), have.get(field))).sorted().toList();
    }

    private static Object id(BsonDocument document) {
        BsonValue id = document.get("_id");
        return id.isString() ? id.asString().getValue() : id.toString();
    }

    /** Every difference counted; the first {@value #DIFFERENCES_LISTED} kept. */
    private static final class Differences {
        private final List<Difference> listed = new ArrayList<>();
        private long count;

        void add(Difference difference) {
            count++;
            if (listed.size() < DIFFERENCES_LISTED) {
                listed.add(difference);
            }
        }
    }

    /** A read model that cannot be verified this way, and why. */
    static class VerificationRefused extends RuntimeException {
        VerificationRefused(String name, String why) {
            super("'" + name + "' cannot be verified: " + why);
        }
    }
}
