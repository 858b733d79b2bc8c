package org.smesupport.casework.api.matching;

import java.util.List;

/** One ranked candidate: its score (higher fits better) and why, in words a caseworker can check. */
public record CandidateSupplier(
        SupplierId supplierId,
        String companyName,
        Region region,
        int score,
        List<String> reasons) {
}
