package org.smesupport.casework.api.lease;

import org.smesupport.casework.api.common.Yen;

/**
 * One fiscal year of a receivables roll-forward (債権管理), in yen: {@code closing} = {@code opening} +
 * {@code arising} − {@code recovered} − {@code writtenOff}, and a year's opening is the previous year's
 * closing. {@code recoveredAfterWriteOff} is informational: money collected on written-off instalments,
 * outside the roll-forward.
 */
public record LeaseRollForwardYear(
        int fiscalYear,
        String label,
        Yen opening,
        Yen arising,
        Yen recovered,
        Yen writtenOff,
        Yen closing,
        Yen recoveredAfterWriteOff) {
}
