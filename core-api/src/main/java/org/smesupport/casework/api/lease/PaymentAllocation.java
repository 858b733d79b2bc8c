package org.smesupport.casework.api.lease;

import org.smesupport.casework.api.common.Yen;

/**
 * The part of a payment applied to one instalment, interest before principal. {@code inArrears}: the
 * instalment was in arrears when paid, so this part is a recovery of arrears (延滞回収);
 * {@code writtenOff}: the instalment had been written off, so this part is money recovered after a
 * write-off.
 */
public record PaymentAllocation(int instalmentNumber, Yen interest, Yen principal, boolean inArrears,
                                boolean writtenOff) {

    public Yen total() {
        return interest.plus(principal);
    }
}
