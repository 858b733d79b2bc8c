package org.smesupport.casework.app.audit.access;

import org.smesupport.casework.api.audit.AccessEntry;
import org.smesupport.casework.api.audit.AccessPage;

/**
 * The append-only log of refusals and of reads of personal information, beside the events: entries are added,
 * never changed or removed by the product. In the SQL event store's database where there is one, else in the read
 * store (Axon Server).
 */
public interface AccessLog {

    void record(AccessEntry entry);

    AccessPage search(AccessCriteria criteria, int page, int size);
}
