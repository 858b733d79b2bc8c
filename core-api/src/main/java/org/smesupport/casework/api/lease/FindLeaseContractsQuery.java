package org.smesupport.casework.api.lease;

import org.smesupport.casework.api.company.Industry;

/**
 * A page of lease contracts, newest contract date first. Every filter is optional ({@code null});
 * {@code inArrears} true keeps contracts with arrears on the books, false those without; {@code reference} is
 * the contract's reference, exactly as written ({@code 貸与-2020-0007}). {@code page} counts from 0.
 */
public record FindLeaseContractsQuery(
        LeaseContractStatus status,
        String companyId,
        Industry industry,
        Boolean inArrears,
        String reference,
        int page,
        int size) {
}
