package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;

/**
 * The unpaid remainder of one instalment as it moves into (or out of) arrears. {@code principal} is the
 * principal part of {@code amount} where an entry moves principal and interest differently: a write-off
 * reversal puts back what was not recovered of each part. Absent elsewhere, and on reversals stored before
 * it was recorded.
 */
public record ArrearsEntry(int instalmentNumber, LocalDate dueDate, Yen amount, Yen principal) {

    public ArrearsEntry(int instalmentNumber, LocalDate dueDate, Yen amount) {
        this(instalmentNumber, dueDate, amount, null);
    }
}
