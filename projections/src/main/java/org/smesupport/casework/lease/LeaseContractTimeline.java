package org.smesupport.casework.lease;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.smesupport.casework.projection.ReadModelStore;

/**
 * A contract's steps, oldest first, in pages of {@link #PAGE_SIZE}, laid out as the consultation case
 * timeline is: the page still filling up lives on the contract as {@code openPage: {page: n, entries: [...]}},
 * every full page before it in {@code lease_contract_timeline} with {@code _id} {@code contractId#page},
 * written once when it fills. A contract collects a payment a month for ten years and more, so its history
 * must not live on the contract document, which every event rewrites.
 * <p>
 * Page {@code n} holds steps {@code n * PAGE_SIZE} to {@code (n + 1) * PAGE_SIZE - 1} in the order they were
 * applied and pages {@code 0} to {@code openPage.page - 1} all exist, so a reader takes the contract, reads
 * those pages by plain {@code _id} and appends the open page.
 * <p>
 * Written only by {@link LeaseContractProjection}, which makes this store join each batch first, so a full
 * page is always written before the contract that dropped its entries (why that order matters: see
 * {@link LeaseContractProjection}).
 */
final class LeaseContractTimeline {

    static final String COLLECTION = "lease_contract_timeline";
    static final String OPEN_PAGE = "openPage";

    /**
     * Steps per page: the size the consultation case timeline measured best on the embedded server (a step
     * rewrites the document holding the open page, a full page costs one more write). A contract document is
     * larger than a case (it carries the schedule), so the open page weighs relatively less here; without a
     * measurement of our own we keep the measured size.
     */
    static final int PAGE_SIZE = 8;

    private final ReadModelStore pages;

    LeaseContractTimeline(MongoDatabase readModels, int cacheSize) {
        MongoCollection<Document> collection = readModels.getCollection(COLLECTION);
        // Readers go by _id; a real MongoDB still needs this to list one contract's pages without a scan.
        collection.createIndex(Indexes.ascending("contractId", "page"));
        this.pages = new ReadModelStore(collection, cacheSize);
    }

    static String pageId(String contractId, long page) {
        return contractId + "#" + page;
    }

    static Document firstOpenPage() {
        return openPage(0);
    }

    /** Joins the batch before the contract store does, so that pages are written before contracts. */
    void enlistFirst() {
        pages.enlist();
    }

    /** Adds the step to the open page; the step that fills it moves the page into its own document. */
    void append(Document contract, Document step) {
        Document open = contract.get(OPEN_PAGE, Document.class);
        List<Document> entries = open.getList("entries", Document.class);
        entries.add(step);
        if (entries.size() < PAGE_SIZE) {
            return;
        }
        String contractId = contract.getString("_id");
        long number = open.getLong("page");
        pages.save(new Document("_id", pageId(contractId, number))
                .append("contractId", contractId)
                .append("page", number)
                .append("entries", entries));
        contract.put(OPEN_PAGE, openPage(number + 1));
    }

    void clear() {
        pages.clear();
    }

    private static Document openPage(long number) {
        return new Document("page", number).append("entries", new ArrayList<Document>());
    }
}
