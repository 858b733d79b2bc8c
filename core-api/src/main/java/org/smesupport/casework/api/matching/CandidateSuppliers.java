package org.smesupport.casework.api.matching;

import java.util.List;

/** {@code considered}: registered suppliers examined; {@code candidates}: the best of them, best first. */
public record CandidateSuppliers(OrderRequestId orderRequestId, int considered, List<CandidateSupplier> candidates) {
}
