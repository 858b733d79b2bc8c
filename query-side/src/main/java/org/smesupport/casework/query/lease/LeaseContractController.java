package org.smesupport.casework.query.lease;

import static org.smesupport.casework.query.QueryParameters.constant;
import static org.smesupport.casework.query.QueryParameters.text;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.smesupport.casework.api.common.AcceptedDates;
import org.smesupport.casework.api.company.Industry;
import org.smesupport.casework.api.lease.ApprovalKind;
import org.smesupport.casework.api.lease.FindLeaseContractQuery;
import org.smesupport.casework.api.lease.FindLeaseContractsQuery;
import org.smesupport.casework.api.lease.FindLeasePortfolioQuery;
import org.smesupport.casework.api.lease.FindPendingLeaseApprovalsQuery;
import org.smesupport.casework.api.lease.LeaseApprovalQueue;
import org.smesupport.casework.api.lease.LeaseContractId;
import org.smesupport.casework.api.lease.LeaseContractPage;
import org.smesupport.casework.api.lease.LeaseContractStatus;
import org.smesupport.casework.api.lease.LeaseContractView;
import org.smesupport.casework.api.lease.LeasePortfolio;
import org.smesupport.casework.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts, the portfolio and the supervisor's queue. Where a view ages arrears, {@code asOf} defaults to
 * today by the application's clock; the fixed paths {@code portfolio} and {@code approvals} take precedence
 * over a contract id.
 */
@RestController
@RequestMapping("/api/leases")
class LeaseContractController {

    private final QueryGateway queries;
    private final Clock clock;
    private final AcceptedDates dates;

    LeaseContractController(QueryGateway queries, Clock clock, AcceptedDates dates) {
        this.queries = queries;
        this.clock = clock;
        this.dates = dates;
    }

    /**
     * Lists the lease contracts, newest contract date first.
     * They can be filtered by status, company, industry and arrears; {@code reference} finds a contract by its
     * reference, exactly as written ({@code 貸与-2020-0007}).
     */
    @GetMapping
    LeaseContractPage list(@RequestParam(required = false) String status,
                           @RequestParam(required = false) String companyId,
                           @RequestParam(required = false) String industry,
                           @RequestParam(required = false) String inArrears,
                           @RequestParam(required = false) String reference,
                           @RequestParam(defaultValue = "0") String page,
                           @RequestParam(defaultValue = "20") String size) {
        FindLeaseContractsQuery query = new FindLeaseContractsQuery(
                constant("status", LeaseContractStatus.class, status),
                text(companyId),
                constant("industry", Industry.class, industry),
                flag("inArrears", inArrears),
                text(reference),
                QueryParameters.page(page),
                QueryParameters.size(size));
        return queries.query(query, ResponseTypes.instanceOf(LeaseContractPage.class)).join();
    }

    /**
     * Shows one lease contract in detail, with its schedule and every step.
     * It includes the receivables roll-forward and the requests awaiting a supervisor. The arrears are aged as of
     * {@code asOf}, today by default; everything else is as it is now.
     */
    @GetMapping("/{contractId}")
    LeaseContractView one(@PathVariable String contractId, @RequestParam(required = false) String asOf) {
        LeaseContractView contract = queries.query(new FindLeaseContractQuery(LeaseContractId.of(contractId), asOf(asOf)),
                ResponseTypes.instanceOf(LeaseContractView.class)).join();
        if (contract == null) {
            throw QueryParameters.notFound("no lease contract " + contractId);
        }
        return contract;
    }

    /**
     * Shows the lease portfolio's balances and the ageing of its arrears.
     * The arrears are aged as of {@code asOf}, today by default.
     */
    @GetMapping("/portfolio")
    LeasePortfolio portfolio(@RequestParam(required = false) String asOf) {
        return queries.query(new FindLeasePortfolioQuery(asOf(asOf)), ResponseTypes.instanceOf(LeasePortfolio.class)).join();
    }

    /**
     * Lists the lease requests awaiting a supervisor's decision, oldest first.
     * {@code kind} picks one kind: deferrals (延納), write-offs (償却), interest subsidies (利息補助) or arrears
     * lifts (延滞解除).
     */
    @GetMapping("/approvals")
    LeaseApprovalQueue approvals(@RequestParam(required = false) String kind) {
        return queries.query(new FindPendingLeaseApprovalsQuery(constant("kind", ApprovalKind.class, kind)),
                ResponseTypes.instanceOf(LeaseApprovalQueue.class)).join();
    }

    private LocalDate asOf(String raw) {
        LocalDate asOf = QueryParameters.date("asOf", raw, dates);
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    /** {@code true}, {@code false}, or {@code null} for an absent or empty parameter. */
    private static Boolean flag(String name, String raw) {
        String value = text(raw);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw QueryParameters.badRequest(name + " must be true or false, was '" + raw + "'");
        };
    }
}
