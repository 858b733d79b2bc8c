package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;

/**
 * The arrears of one instalment that a lift takes back: {@code arisen}, every arising booked for it
 * (the close of business, reinstatements by reversed payments), and {@code recovered}, every recovery
 * booked for it since (payments and subsidised interest while it was in arrears). Their difference is
 * what it still owes on the books.
 */
public record LiftedArrears(int instalmentNumber, LocalDate dueDate, Yen arisen, Yen recovered) {

    public Yen outstanding() {
        return arisen.minus(recovered);
    }
}
