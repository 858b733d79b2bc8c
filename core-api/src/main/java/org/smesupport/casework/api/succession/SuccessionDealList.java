package org.smesupport.casework.api.succession;

import java.math.BigDecimal;
import java.util.List;

/**
 * Deals with their total under the 0.5 rule: {@code halfCounts} exact, {@code deals} = halfCounts / 2 with one
 * decimal, as the report shows it.
 */
public record SuccessionDealList(Integer fiscalYear, List<SuccessionDealView> items, long halfCounts, BigDecimal deals) {
}
