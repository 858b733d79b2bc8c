package org.smesupport.casework.query.matching;

import static org.smesupport.casework.query.QueryParameters.constant;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.matching.FindSupplierQuery;
import org.smesupport.casework.api.matching.FindSuppliersQuery;
import org.smesupport.casework.api.matching.Process;
import org.smesupport.casework.api.matching.Region;
import org.smesupport.casework.api.matching.SupplierId;
import org.smesupport.casework.api.matching.SupplierPage;
import org.smesupport.casework.api.matching.SupplierStatus;
import org.smesupport.casework.api.matching.SupplierView;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/matching/suppliers")
class SupplierController {

    private final QueryGateway queries;

    SupplierController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Lists the suppliers (受注企業), newest registration first.
     * They can be filtered by status, process and region.
     */
    @GetMapping
    SupplierPage list(@RequestParam(required = false) String status,
                      @RequestParam(required = false) String process,
                      @RequestParam(required = false) String region,
                      @RequestParam(defaultValue = "0") String page,
                      @RequestParam(defaultValue = "20") String size) {
        FindSuppliersQuery query = new FindSuppliersQuery(
                constant("status", SupplierStatus.class, status),
                constant("process", Process.class, process),
                constant("region", Region.class, region),
                QueryParameters.page(page),
                QueryParameters.size(size));
        return queries.query(query, ResponseTypes.instanceOf(SupplierPage.class)).join();
    }

    /**
     * Shows one supplier with its profile and registration status.
     */
    @GetMapping("/{supplierId}")
    SupplierView one(@PathVariable String supplierId) {
        SupplierView supplier = queries.query(new FindSupplierQuery(SupplierId.of(supplierId)),
                ResponseTypes.instanceOf(SupplierView.class)).join();
        if (supplier == null) {
            throw QueryParameters.notFound("no supplier " + supplierId);
        }
        return supplier;
    }
}
