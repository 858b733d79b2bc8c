package org.smesupport.casework.query;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.published.FindPublishedFiguresQuery;
import org.smesupport.casework.api.published.PublishedFigures;
import org.springframework.stereotype.Component;

/** The published figures as the command side's book answers them on the query bus, asked for with each report. */
@Component
class PublishedFiguresOnTheBus implements PublishedSource {

    private final QueryGateway queries;

    PublishedFiguresOnTheBus(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public PublishedColumns columns(String report) {
        return PublishedColumns.of(queries.query(new FindPublishedFiguresQuery(report),
                ResponseTypes.instanceOf(PublishedFigures.class)).join());
    }
}
