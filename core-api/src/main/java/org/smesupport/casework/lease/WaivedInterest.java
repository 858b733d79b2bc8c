package org.smesupport.casework.lease;

import org.smesupport.casework.common.Yen;

/** Interest of one instalment not yet earned when the contract was settled early, and so not charged. */
public record WaivedInterest(int instalmentNumber, Yen amount) {
}
