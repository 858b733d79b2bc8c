package org.smesupport.casework.api.lease;

import java.time.LocalDate;
import org.smesupport.casework.api.common.Yen;

/**
 * Where one instalment due before the cut-over stood when its contract was brought forward: its scheduled
 * principal and interest split into what was paid, written off (off the books, still owed) and in arrears
 * (on the books, unpaid). Each part's three amounts add up to what the schedule gives it.
 */
public record CutOverInstalment(int instalmentNumber, LocalDate dueDate, Yen paidInterest, Yen paidPrincipal,
                                Yen writtenOffInterest, Yen writtenOffPrincipal, Yen arrearsInterest,
                                Yen arrearsPrincipal) {

    public Yen arrears() {
        return arrearsInterest.plus(arrearsPrincipal);
    }

    public Yen writtenOff() {
        return writtenOffInterest.plus(writtenOffPrincipal);
    }
}
