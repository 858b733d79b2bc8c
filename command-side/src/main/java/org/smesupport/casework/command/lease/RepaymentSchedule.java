package org.smesupport.casework.command.lease;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.PaymentFrequency;

/**
 * The repayment schedule of a contract: equal principal (元金均等), interest on the declining balance.
 *
 * <p>Rules, chosen so that every sum is exact:
 * <ul>
 *   <li>There are {@code n = termMonths / frequency.months()} instalments; the term must be a positive
 *       multiple of the period. Instalment {@code k} (0-based) falls due on
 *       {@code firstDueDate.plusMonths(k × period)}, always counted from the first due date so that a
 *       due date on the 31st does not drift to the 28th.</li>
 *   <li>Principal: every instalment carries {@code floor(P / n)}, and the <em>last</em> instalment
 *       absorbs the remainder {@code P − n × floor(P / n)}. So Σ principal = P exactly.</li>
 *   <li>Interest of an instalment: {@code floor(B × rateBp × periodMonths / (12 × 10,000))}, where B is
 *       the principal still outstanding before that instalment (P less the principal of the earlier
 *       instalments). The fraction of a yen is dropped (切り捨て), in the firm's favour, and is never
 *       carried to a later instalment: the total interest is by definition the sum of the rounded
 *       parts. The product is computed exactly ({@link BigInteger}), so no amount can overflow.</li>
 *   <li>A first period that is not one whole period (the first due date is not
 *       {@code contractDate.plusMonths(period)}) earns interest for its days only (日割り):
 *       {@code floor(P × rateBp × days / (365 × 10,000))}, {@code days} counted from the contract date to
 *       the first due date, over a 365-day year (leap years too), as the interest on a broken period is
 *       usually reckoned. A first period of exactly one period takes the periodic rule above.</li>
 *   <li>Interest-free period: an instalment whose due date lies before
 *       {@code contractDate.plusMonths(interestFreeMonths)} carries no interest.</li>
 * </ul>
 * Pure and deterministic: no clock, no randomness; the same input gives the same schedule.
 */
final class RepaymentSchedule {

    static final int BASIS_POINTS_PER_UNIT = 10_000;
    static final int MONTHS_PER_YEAR = 12;
    static final int DAYS_PER_YEAR = 365;

    private RepaymentSchedule() {
    }

    /**
     * @throws IllegalArgumentException for input the aggregate refuses before it gets here (a term that
     *                                  is not a positive multiple of the period, a negative principal or
     *                                  rate); the aggregate states those rules to the caseworker itself
     */
    static List<Instalment> generate(Yen financedPrincipal, int termMonths, PaymentFrequency frequency,
            int annualRateBasisPoints, int interestFreeMonths, LocalDate contractDate, LocalDate firstDueDate) {
        int period = frequency.months();
        if (termMonths <= 0 || termMonths % period != 0) {
            throw new IllegalArgumentException("term " + termMonths + " is not a positive multiple of " + period);
        }
        if (financedPrincipal.isNegative() || annualRateBasisPoints < 0 || interestFreeMonths < 0) {
            throw new IllegalArgumentException("principal, rate and interest-free months must not be negative");
        }
        int count = termMonths / period;
        long principal = financedPrincipal.value();
        long regular = principal / count;
        LocalDate interestFreeUntil = contractDate.plusMonths(interestFreeMonths);
        boolean brokenFirstPeriod = !firstDueDate.equals(contractDate.plusMonths(period));
        List<Instalment> schedule = new ArrayList<>(count);
        long outstanding = principal;
        for (int k = 0; k < count; k++) {
            LocalDate dueDate = firstDueDate.plusMonths((long) k * period);
            long principalPart = k == count - 1 ? outstanding : regular;
            long interest;
            if (dueDate.isBefore(interestFreeUntil)) {
                interest = 0;
            } else if (k == 0 && brokenFirstPeriod) {
                interest = interestForDays(outstanding, annualRateBasisPoints,
                        ChronoUnit.DAYS.between(contractDate, firstDueDate));
            } else {
                interest = interest(outstanding, annualRateBasisPoints, period);
            }
            schedule.add(new Instalment(k + 1, dueDate, Yen.of(principalPart), Yen.of(interest)));
            outstanding = Math.subtractExact(outstanding, principalPart);
        }
        return List.copyOf(schedule);
    }

    /** {@code floor(balance × rateBp × days / 3,650,000)}, exact. */
    static long interestForDays(long balance, int annualRateBasisPoints, long days) {
        return interestFor(balance, annualRateBasisPoints, days, DAYS_PER_YEAR);
    }

    /** {@code floor(balance × rateBp × periodMonths / 120,000)}, exact. */
    static long interest(long balance, int annualRateBasisPoints, int periodMonths) {
        return interestFor(balance, annualRateBasisPoints, periodMonths, MONTHS_PER_YEAR);
    }

    /** The annual rate's interest for {@code units} of a year of {@code unitsPerYear}, the fraction dropped. */
    private static long interestFor(long balance, int annualRateBasisPoints, long units, int unitsPerYear) {
        return BigInteger.valueOf(balance)
                .multiply(BigInteger.valueOf(annualRateBasisPoints))
                .multiply(BigInteger.valueOf(units))
                .divide(BigInteger.valueOf((long) unitsPerYear * BASIS_POINTS_PER_UNIT))
                .longValueExact();
    }
}
