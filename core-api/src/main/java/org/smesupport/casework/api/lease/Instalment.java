package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;

/** One scheduled instalment: its number (1-based), due date, and principal and interest parts. */
public record Instalment(int number, LocalDate dueDate, Yen principal, Yen interest) {

    public Yen total() {
        return principal.plus(interest);
    }
}
