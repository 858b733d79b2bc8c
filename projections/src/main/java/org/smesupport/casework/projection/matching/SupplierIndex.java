package org.smesupport.casework.projection.matching;

import com.mongodb.client.MongoDatabase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.projection.ReadModelStore;

/**
 * The {@code matching_supplier_index} read model: for each process one document, {@code _id}
 * {@code supplier-index:MACHINING}, holding the compact profile of every registered supplier that offers it,
 * so that ranking candidates for an order request reads the few documents of its processes by plain
 * {@code _id} (the only lookup the embedded server serves from an index) instead of scanning every supplier.
 * <p>
 * Shape: {@code {_id, process, suppliers: {<key>: {id, name, region, processes, certifications, hours,
 * focusFields}}}}, keyed by {@link #key} of the supplier id so that an update finds its entry without
 * walking thousands. A supplier's entries are a pure function of its {@code matching_suppliers} document:
 * present in the document of each process it offers while registered, absent everywhere once withdrawn.
 * <p>
 * Written only by {@link SupplierProjection}, and always before it writes suppliers
 * ({@link #enlistFirst()}): if a batch fails between the two writes, the suppliers still hold their old state,
 * the redelivered batch takes them through the same changes again and sets or removes the same entries,
 * so the index converges; the reverse order could keep an index entry whose event is then skipped as
 * already applied to the supplier.
 */
public final class SupplierIndex {

    public static final String COLLECTION = "matching_supplier_index";
    static final String PROCESS = "process";
    public static final String SUPPLIERS = "suppliers";

    public static final String ID = "id";
    public static final String NAME = "name";
    public static final String REGION = "region";
    public static final String PROCESSES = "processes";
    public static final String CERTIFICATIONS = "certifications";
    public static final String HOURS = "hours";
    public static final String FOCUS_FIELDS = "focusFields";

    private final ReadModelStore index;

    SupplierIndex(MongoDatabase readModels, int cacheSize) {
        this.index = new ReadModelStore(readModels.getCollection(COLLECTION), cacheSize);
    }

    public static String documentId(Process process) {
        return "supplier-index:" + process.name();
    }

    /**
     * The entry's field name for a supplier id: MongoDB field names must not contain {@code .} nor start
     * with {@code $}, so those (and the escape character) are percent-encoded. The entry keeps the plain id.
     */
    static String key(String supplierId) {
        return supplierId.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    /** Joins the batch before the supplier store does, so that the index is written first. */
    void enlistFirst() {
        index.enlist();
    }

    /** The processes a supplier document is indexed under: none for a new or withdrawn supplier. */
    static List<String> indexedUnder(Document supplier) {
        if (supplier == null || !SupplierFields.registered(supplier)) {
            return List.of();
        }
        return List.copyOf(supplier.get(SupplierFields.PROFILE, Document.class).getList(SupplierFields.PROCESSES, String.class));
    }

    /**
     * Brings the supplier's entries in line with its document after an event; {@code previousProcesses} are
     * what {@link #indexedUnder} said before the event. Documents the supplier leaves are rewritten without
     * it, those of every process it offers with its new entry.
     */
    void update(List<String> previousProcesses, Document supplier) {
        Document profile = supplier.get(SupplierFields.PROFILE, Document.class);
        Set<String> offered = new HashSet<>(indexedUnder(supplier));
        String key = key(supplier.getString("_id"));
        for (String process : previousProcesses) {
            if (!offered.contains(process)) {
                Document document = index.find(documentId(Process.valueOf(process)));
                if (document != null && document.get(SUPPLIERS, Document.class).remove(key) != null) {
                    index.save(document);
                }
            }
        }
        Document entry = entry(supplier, profile);
        for (String process : offered) {
            Document document = findOrCreate(Process.valueOf(process));
            document.get(SUPPLIERS, Document.class).put(key, entry);
            index.save(document);
        }
    }

    /** Empties the collection; for the projection's reset handler. */
    void clear() {
        index.clear();
    }

    private Document findOrCreate(Process process) {
        Document document = index.find(documentId(process));
        return document != null ? document
                : new Document("_id", documentId(process)).append(PROCESS, process.name()).append(SUPPLIERS, new Document());
    }

    /** What ranking needs of a supplier, and no more: equipment and dates stay in {@code matching_suppliers}. */
    private static Document entry(Document supplier, Document profile) {
        return new Document(ID, supplier.getString("_id"))
                .append(NAME, supplier.getString(SupplierFields.COMPANY_NAME))
                .append(REGION, profile.getString(SupplierFields.REGION))
                .append(PROCESSES, profile.getList(SupplierFields.PROCESSES, String.class))
                .append(CERTIFICATIONS, profile.getList(SupplierFields.CERTIFICATIONS, String.class))
                .append(HOURS, profile.getInteger(SupplierFields.AVAILABLE_HOURS))
                .append(FOCUS_FIELDS, profile.getList(SupplierFields.FOCUS_FIELDS, String.class));
    }
}
