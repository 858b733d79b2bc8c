package org.smesupport.casework.api.lease;

import org.smesupport.casework.api.common.Yen;

/** Interest of one instalment not yet earned when the contract was settled early, and so not charged. */
public record WaivedInterest(int instalmentNumber, Yen amount) {
}
