package org.smesupport.casework.consultation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.smesupport.casework.projection.ReadModelStore;

/**
 * A case's steps, oldest first, in pages of {@link #PAGE_SIZE}: the page still filling up (the open page)
 * lives on the case document as {@code openPage: {page: n, entries: [...]}}, and every full page before it
 * in the {@code consultation_case_timeline} read model, {@code _id} {@code caseId#page}, written once when
 * it fills. So a step costs one write, of the case, plus one page write per {@code PAGE_SIZE} steps (on the
 * embedded server the cost of the read model is the number of documents written), and neither document
 * grows with the case's history.
 * <p>
 * Page {@code n} holds the case's steps {@code n * PAGE_SIZE} to {@code (n + 1) * PAGE_SIZE - 1} in the
 * order they were applied, and pages {@code 0} to {@code openPage.page - 1} all exist, so a reader takes the
 * case, reads those pages by plain {@code _id} (the only lookup the embedded server serves from an index)
 * and appends the open page. Pages are numbered by count, not by sequence, so the layout does not depend on
 * {@code PAGE_SIZE} staying the same; a different size applies to pages that fill after the change.
 * <p>
 * Written only by {@link ConsultationCaseProjection}, in its processing group's batches.
 */
final class ConsultationTimeline {

    static final String COLLECTION = "consultation_case_timeline";
    static final String OPEN_PAGE = "openPage";

    /**
     * Steps per page. Every step rewrites the case with its open page (on the embedded server a write costs
     * more the larger the document), and every {@code PAGE_SIZE}th step also writes a page; the detail view
     * reads one document per page. Measured on the H2 backend with the open page on the case: one-event
     * batches, 8 took 0.40 ms of CPU per event and 16 0.46-0.58 (the old layout, case plus page per event,
     * 0.52); replays of 48,000 events in batches of 5,000 ran at 5,500-7,200 events/s for both, within the
     * noise of each other. So 8: the smaller case write outweighs the page writes saved by 16.
     */
    static final int PAGE_SIZE = 8;

    private final ReadModelStore pages;

    ConsultationTimeline(MongoDatabase readModels, int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        // Readers go by _id; a real MongoDB still needs this to list a case's pages in order without a
        // scan (e.g. an operator inspecting one case). The embedded server ignores it.
        collection.createIndex(Indexes.ascending("caseId", "page"));
        this.pages = new ReadModelStore(collection, cacheSize);
    }

    static String pageId(String caseId, long page) {
        return caseId + "#" + page;
    }

    /** The open page of a new case. */
    static Document firstOpenPage() {
        return openPage(0);
    }

    /**
     * Makes the page store join the current batch before the case store does. {@link ReadModelStore}s write
     * in the order they joined the batch, and a full page must be written before the case that dropped its
     * entries (see {@link ConsultationCaseProjection}); a page fills at some event of the batch, possibly
     * after the case store has joined for another case, so the page store has to join at the first event.
     */
    void enlistFirst() {
        pages.enlist();
    }

    /**
     * Adds the step to the case's open page; the step that fills it moves the page into its own document and
     * leaves an empty open page on the case. The caller has decided that the step is new to the case.
     */
    void append(Document consultation, Document step) {
        Document open = consultation.get(OPEN_PAGE, Document.class);
        if (open == null) {
            throw new IllegalStateException("Case " + consultation.getString("_id") + " has no " + OPEN_PAGE
                    + ": it predates the open page on the case; rebuild the read model (reset and replay "
                    + ConsultationCaseProjection.PROCESSING_GROUP + ")");
        }
        List<Document> entries = open.getList("entries", Document.class);
        entries.add(step);
        if (entries.size() < PAGE_SIZE) {
            return;
        }
        String caseId = consultation.getString("_id");
        long number = open.getLong("page");
        pages.save(new Document("_id", pageId(caseId, number))
                .append("caseId", caseId)
                .append("page", number)
                .append("entries", entries));
        consultation.put(OPEN_PAGE, openPage(number + 1));
    }

    /** Empties the collection; for the projection's reset handler. */
    void clear() {
        pages.clear();
    }

    private static Document openPage(long number) {
        return new Document("page", number).append("entries", new ArrayList<Document>());
    }
}
