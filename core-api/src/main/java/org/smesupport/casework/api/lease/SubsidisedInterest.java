package org.smesupport.casework.api.lease;

import org.smesupport.casework.api.common.Yen;

/**
 * Interest of one instalment paid by the interest subsidy (利息補助) instead of the firm. When the
 * instalment was already in arrears, the subsidy recovers that part of the arrears.
 */
public record SubsidisedInterest(int instalmentNumber, Yen amount, boolean inArrears) {
}
