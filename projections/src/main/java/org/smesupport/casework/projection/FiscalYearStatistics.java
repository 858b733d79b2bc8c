package org.smesupport.casework.projection;

import com.mongodb.client.MongoCollection;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.smesupport.casework.api.common.FiscalYear;

/**
 * The machinery of a statistics read model: one document per fiscal year ({@code <prefix>:FY2020}) holding the
 * year's counters, created with every counter at zero (the report prints them all), so that a report reads a
 * handful of documents by {@code _id} instead of aggregating events. The query side reads them with
 * {@code FiveYearTable}.
 * <p>
 * A year's document gathers events from every aggregate, so its idempotency mark is the global position of the
 * last event applied ({@link GlobalPosition}), written with each change: a redelivered event (a batch retried
 * after a crash) finds its position covered and changes nothing. The handlers need the event's tracking token, so
 * the processing group must run in a tracking processor with a single segment. Counters are added to, never
 * recomputed, so a back-dated event changes its own year's document only.
 */
public final class FiscalYearStatistics {

    public static final String FISCAL_YEAR = "fiscalYear";

    private final ReadModelStore store;
    private final String prefix;
    private final BiFunction<String, FiscalYear, Document> zeroed;
    private YearChanges changes = YearChanges.NONE;

    /**
     * @param prefix the documents' {@code _id} prefix, e.g. {@code leases}
     * @param zeroed a new year's document with that {@code _id}, {@link #FISCAL_YEAR} and every counter at zero
     */
    public FiscalYearStatistics(MongoCollection<Document> collection, int cacheSize, String prefix,
                                BiFunction<String, FiscalYear, Document> zeroed) {
        this.store = new ReadModelStore(collection, cacheSize);
        this.prefix = prefix;
        this.zeroed = zeroed;
    }

    public static String documentId(String prefix, FiscalYear fiscalYear) {
        return prefix + ":" + fiscalYear;
    }

    /** Applies the change to the document of the fiscal year containing {@code date}. */
    public void update(LocalDate date, TrackingToken token, Consumer<Document> change) {
        update(FiscalYear.containing(date), GlobalPosition.of(token), change);
    }

    public void update(FiscalYear fiscalYear, TrackingToken token, Consumer<Document> change) {
        update(fiscalYear, GlobalPosition.of(token), change);
    }

    /**
     * Applies the change to the year's document (a zeroed one if new) unless it already holds this event. One
     * event changes a year's document once: a second change under the same position would be skipped, so an
     * event that touches one year twice must make both changes in one call.
     */
    public void update(FiscalYear fiscalYear, GlobalPosition position, Consumer<Document> change) {
        String id = documentId(prefix, fiscalYear);
        Document existing = store.find(id);
        if (existing != null) {
            GlobalPosition applied = GlobalPosition.readFrom(existing);
            if (position != null && applied != null && applied.covers(position)) {
                return;
            }
        }
        Document year = existing == null ? zeroed.apply(id, fiscalYear) : existing;
        Document before = changes == YearChanges.NONE ? null : ReadModelStore.copy(existing);
        change.accept(year);
        if (position != null) {
            position.writeTo(year);
        }
        store.save(year);
        changes.changed(fiscalYear, position, before, year);
    }

    /** Tells {@code changes} of every change from now on (see {@link StatisticsProjection}). */
    public void watch(YearChanges changes) {
        this.changes = changes;
    }

    /** The collection's store, for documents beside the years' (written once, needing no position of their own). */
    public ReadModelStore store() {
        return store;
    }

    /** Empties the collection; for reset handlers. */
    public void clear() {
        store.clear();
    }

    /** Adds {@code value} to the counter {@code key} of {@code counters} (a year's document or a part of it). */
    public static void add(Document counters, String key, long value) {
        counters.put(key, counters.getLong(key) + value);
    }

    /** A counter at zero for each constant, e.g. every industry. */
    public static Document zeroes(Enum<?>[] keys) {
        Document counters = new Document();
        for (Enum<?> key : keys) {
            counters.append(key.name(), 0L);
        }
        return counters;
    }
}
