package org.smesupport.casework.query.matching;

import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import org.smesupport.casework.api.matching.FindMatchingFairQuery;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairView;
import org.smesupport.casework.projection.matching.MatchingFairProjection;
import org.smesupport.casework.query.history.AggregateHistory;
import org.springframework.stereotype.Component;

/**
 * A matching fair with its participants and meetings as it stood after a version or on a date
 * (see {@link AggregateHistory}).
 */
@Component
class MatchingFairHistory extends AggregateHistory<MatchingFairView> {

    MatchingFairHistory() {
        super("MatchingFair", MatchingFairProjection::new);
    }

    @Override
    protected MatchingFairView view(MongoDatabase readModels, String aggregateId, LocalDate on) {
        return new MatchingFairQueryHandler(readModels)
                .handle(new FindMatchingFairQuery(MatchingFairId.of(aggregateId)));
    }
}
