package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import java.util.List;

/**
 * Balances over every contract: in total, by industry (every industry, zero or not), by status and, for
 * the arrears, by age as of {@code asOf} ({@code notPastDue}: arrears whose oldest instalment is not yet
 * past due on {@code asOf}, possible only for an {@code asOf} in the past).
 */
public record LeasePortfolio(
        LocalDate asOf,
        LeasePortfolioLine total,
        List<LeasePortfolioLine> byIndustry,
        List<LeasePortfolioLine> byStatus,
        List<LeasePortfolioLine> arrearsByBucket,
        LeasePortfolioLine notPastDue) {
}
