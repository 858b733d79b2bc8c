package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;

/** The unpaid remainder of one instalment as it moves into (or out of) arrears. */
public record ArrearsEntry(int instalmentNumber, LocalDate dueDate, Yen amount) {
}
