package org.smesupport.casework.query.succession;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.LocalDate;
import org.bson.Document;
import org.smesupport.casework.api.succession.SuccessionDealView;
import org.smesupport.casework.projection.succession.SuccessionDealProjection;
import org.smesupport.casework.query.history.AggregateHistory;
import org.springframework.stereotype.Component;

/**
 * A succession deal (its parties, date and half counts) as it stood after a version or on a date, as the deals'
 * list shows it (see {@link AggregateHistory}).
 */
@Component
class SuccessionDealHistory extends AggregateHistory<SuccessionDealView> {

    SuccessionDealHistory() {
        super("SuccessionDeal", SuccessionDealProjection::new);
    }

    @Override
    protected SuccessionDealView view(MongoDatabase readModels, String aggregateId, LocalDate on) {
        Document deal = readModels.getCollection(SuccessionDealProjection.COLLECTION)
                .find(Filters.eq("_id", aggregateId)).first();
        return deal == null ? null : SuccessionQueryHandler.deal(deal);
    }
}
