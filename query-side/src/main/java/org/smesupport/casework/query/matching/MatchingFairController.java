package org.smesupport.casework.query.matching;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.matching.FindMatchingFairQuery;
import org.smesupport.casework.api.matching.FindMatchingFairsQuery;
import org.smesupport.casework.api.matching.MatchingFairId;
import org.smesupport.casework.api.matching.MatchingFairList;
import org.smesupport.casework.api.matching.MatchingFairView;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/matching/fairs")
class MatchingFairController {

    private final QueryGateway queries;

    MatchingFairController(QueryGateway queries) {
        this.queries = queries;
    }

    /** Every fair, or those starting in {@code fiscalYear}, earliest first. */
    @GetMapping
    MatchingFairList list(@RequestParam(required = false) String fiscalYear) {
        return queries.query(new FindMatchingFairsQuery(fiscalYear(fiscalYear)),
                ResponseTypes.instanceOf(MatchingFairList.class)).join();
    }

    /**
     * Shows one matching fair and its participants, in order of registration.
     */
    @GetMapping("/{fairId}")
    MatchingFairView one(@PathVariable String fairId) {
        MatchingFairView fair = queries.query(new FindMatchingFairQuery(MatchingFairId.of(fairId)),
                ResponseTypes.instanceOf(MatchingFairView.class)).join();
        if (fair == null) {
            throw QueryParameters.notFound("no matching fair " + fairId);
        }
        return fair;
    }

    private static Integer fiscalYear(String raw) {
        if (QueryParameters.text(raw) == null) {
            return null;
        }
        int startYear = QueryParameters.integer("fiscalYear", raw);
        try {
            return FiscalYear.of(startYear).startYear();
        } catch (IllegalArgumentException outOfRange) {
            throw QueryParameters.badRequest(outOfRange.getMessage());
        }
    }
}
