package org.smesupport.casework.api.lease;

import java.time.LocalDate;

/** The lease portfolio's balances, with today's arrears aged as of {@code asOf}. */
public record FindLeasePortfolioQuery(LocalDate asOf) {
}
