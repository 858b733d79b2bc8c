package org.smesupport.casework.api.lease;

import org.smesupport.casework.api.common.Yen;

/** One line of the portfolio: how many contracts, their outstanding principal and their arrears. */
public record LeasePortfolioLine(
        String code,
        String label,
        long contracts,
        Yen outstandingPrincipal,
        Yen arrears) {
}
