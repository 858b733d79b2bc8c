package org.smesupport.casework.query.matching;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.FindOrderRequestQuery;
import org.smesupport.casework.api.matching.OrderRequestId;
import org.smesupport.casework.api.matching.OrderRequestView;
import org.smesupport.casework.projection.matching.OrderRequestProjection;
import org.smesupport.casework.query.history.AggregateHistory;
import org.springframework.stereotype.Component;

/**
 * An order request with its candidates, introductions and outcomes as it stood after a version or on a date
 * (see {@link AggregateHistory}).
 */
@Component
class OrderRequestHistory extends AggregateHistory<OrderRequestView> {

    OrderRequestHistory() {
        super("OrderRequest", OrderRequestProjection::new);
    }

    @Override
    protected OrderRequestView view(MongoDatabase readModels, String aggregateId, LocalDate on) {
        return new OrderRequestQueryHandler(readModels)
                .handle(new FindOrderRequestQuery(OrderRequestId.of(aggregateId)));
    }
}
