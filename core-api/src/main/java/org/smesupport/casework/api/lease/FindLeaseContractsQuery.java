package org.smesupport.casework.api.lease;

import org.smesupport.casework.api.company.Industry;

/**
 * A page of lease contracts, newest contract date first. Every filter is optional ({@code null});
 * {@code inArrears} true keeps contracts with arrears on the books, false those without. {@code page}
 * counts from 0.
 */
public record FindLeaseContractsQuery(
        LeaseContractStatus status,
        String companyId,
        Industry industry,
        Boolean inArrears,
        int page,
        int size) {
}
