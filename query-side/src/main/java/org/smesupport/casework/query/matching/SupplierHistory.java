package org.smesupport.casework.query.matching;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.FindSupplierQuery;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierView;
import org.smesupport.casework.projection.matching.SupplierProjection;
import org.smesupport.casework.query.history.AggregateHistory;
import org.springframework.stereotype.Component;

/** A supplier's registration as it stood after a version or on a date (see {@link AggregateHistory}). */
@Component
class SupplierHistory extends AggregateHistory<SupplierView> {

    SupplierHistory() {
        super("Supplier", SupplierProjection::new);
    }

    @Override
    protected SupplierView view(MongoDatabase readModels, String aggregateId, LocalDate on) {
        return new SupplierQueryHandler(readModels).handle(new FindSupplierQuery(SupplierId.of(aggregateId)));
    }
}
