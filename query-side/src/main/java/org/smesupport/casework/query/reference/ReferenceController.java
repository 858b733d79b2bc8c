package org.smesupport.casework.query.reference;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.reference.FindReferenceQuery;
import org.smesupport.casework.api.reference.ReferenceKind;
import org.smesupport.casework.api.reference.ReferenceView;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/references")
class ReferenceController {

    private final QueryGateway queries;

    ReferenceController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The record a reference names, exactly as written ({@code 相談-2020-000123}), with its API path. */
    @GetMapping("/{reference}")
    ReferenceLocation find(@PathVariable String reference) {
        ReferenceView found = queries.query(new FindReferenceQuery(reference),
                ResponseTypes.instanceOf(ReferenceView.class)).join();
        if (found == null) {
            throw QueryParameters.notFound("no record has the reference " + reference);
        }
        return new ReferenceLocation(found.reference(), found.kind(), found.recordId(),
                path(found.kind()) + found.recordId());
    }

    private static String path(ReferenceKind kind) {
        return switch (kind) {
            case CONSULTATION -> "/api/consultations/";
            case LEASE -> "/api/leases/";
            case ORDER_REQUEST -> "/api/matching/order-requests/";
            case RESTRUCTURING -> "/api/restructuring/cases/";
            case SUCCESSION -> "/api/succession/cases/";
            case IMPROVEMENT_SUBSIDY -> "/api/restructuring/subsidies/";
        };
    }
}
