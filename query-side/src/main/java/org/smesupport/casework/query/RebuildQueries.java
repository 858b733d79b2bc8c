package org.smesupport.casework.query;

import org.axonframework.queryhandling.QueryHandler;
import org.smesupport.casework.api.common.FindRebuildsQuery;
import org.smesupport.casework.api.common.Rebuilds;
import org.smesupport.casework.projection.ReadModelRebuilds;
import org.springframework.stereotype.Component;

/** Answers on the query bus what {@link RebuildNotice} says in a header: the rebuilds behind an API path. */
@Component
class RebuildQueries {

    private final ReadModelRebuilds rebuilds;

    RebuildQueries(ReadModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @QueryHandler
    Rebuilds handle(FindRebuildsQuery query) {
        return new Rebuilds(rebuilds.inProgress(ReadModelSources.of(query.apiPath())).stream()
                .map(rebuild -> new Rebuilds.Rebuild(rebuild.processingGroup(), rebuild.progress()))
                .toList());
    }
}
