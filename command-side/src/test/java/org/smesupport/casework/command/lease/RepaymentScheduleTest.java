package org.smesupport.casework.command.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.lease.Instalment;
import org.smesupport.casework.api.lease.PaymentFrequency;

class RepaymentScheduleTest {

    /** One whole period before the first due dates used here (monthly 04-30, quarterly 06-30, annual 03-31). */
    private static final LocalDate CONTRACT_DATE = LocalDate.of(2020, 3, 31);

    private static long principalSum(List<Instalment> schedule) {
        return schedule.stream().mapToLong(i -> i.principal().value()).sum();
    }

    private static long interestSum(List<Instalment> schedule) {
        return schedule.stream().mapToLong(i -> i.interest().value()).sum();
    }

    @Test
    void splitsPrincipalEquallyAndTheLastInstalmentAbsorbsTheRemainder() {
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(1_000_000), 12, PaymentFrequency.MONTHLY, 0, 0,
                CONTRACT_DATE, LocalDate.of(2020, 4, 30));
        assertThat(schedule).hasSize(12);
        assertThat(schedule.subList(0, 11)).allSatisfy(i -> assertThat(i.principal()).isEqualTo(Yen.of(83_333)));
        assertThat(schedule.get(11).principal()).isEqualTo(Yen.of(83_337));
        assertThat(principalSum(schedule)).isEqualTo(1_000_000);
        assertThat(interestSum(schedule)).isZero();
    }

    @Test
    void numbersInstalmentsFromOneAndSpacesThemByThePeriod() {
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(1_200_000), 12, PaymentFrequency.QUARTERLY, 1000,
                0, CONTRACT_DATE, LocalDate.of(2020, 6, 30));
        assertThat(schedule).extracting(Instalment::number).containsExactly(1, 2, 3, 4);
        assertThat(schedule).extracting(Instalment::dueDate).containsExactly(LocalDate.of(2020, 6, 30),
                LocalDate.of(2020, 9, 30), LocalDate.of(2020, 12, 30), LocalDate.of(2021, 3, 30));
    }

    @Test
    void chargesInterestOnTheOutstandingPrincipalForThePeriod() {
        // 10 % a year, quarterly: a quarter's interest is 2.5 % of what is outstanding before the instalment
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(1_200_000), 12, PaymentFrequency.QUARTERLY, 1000,
                0, CONTRACT_DATE, LocalDate.of(2020, 6, 30));
        assertThat(schedule).extracting(Instalment::interest)
                .containsExactly(Yen.of(30_000), Yen.of(22_500), Yen.of(15_000), Yen.of(7_500));
    }

    @Test
    void aShorterFirstPeriodEarnsInterestForItsDaysOnly() {
        // 2020-04-01 → 2020-06-30 is 90 days, not a quarter: 1,200,000 × 10 % × 90 / 365 = 29,589.04…
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(1_200_000), 12, PaymentFrequency.QUARTERLY, 1000,
                0, LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 30));
        assertThat(schedule).extracting(Instalment::interest)
                .containsExactly(Yen.of(29_589), Yen.of(22_500), Yen.of(15_000), Yen.of(7_500));
    }

    @Test
    void aLongerFirstPeriodEarnsInterestForAllItsDays() {
        // 2020-04-01 → 2020-06-01 is 61 days: 1,200,000 × 2.5 % × 61 / 365 = 5,013.69…
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(1_200_000), 12, PaymentFrequency.MONTHLY, 250, 0,
                LocalDate.of(2020, 4, 1), LocalDate.of(2020, 6, 1));
        assertThat(schedule.get(0).interest()).isEqualTo(Yen.of(5_013));
        assertThat(schedule.get(1).interest()).isEqualTo(Yen.of(2_291));
    }

    @Test
    void countsTheDaysOfALeapYearOverThreeHundredAndSixtyFive() {
        // 2020-02-01 → 2020-03-15 is 43 days (29 in February): 1,000,000 × 10 % × 43 / 365 = 11,780.82…
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(1_000_000), 1, PaymentFrequency.MONTHLY, 1000, 0,
                LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 15));
        assertThat(schedule.get(0).interest()).isEqualTo(Yen.of(11_780));
    }

    @Test
    void aBrokenFirstPeriodWithinTheInterestFreeMonthsStaysFree() {
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(1_200_000), 12, PaymentFrequency.MONTHLY, 250, 3,
                LocalDate.of(2020, 4, 1), LocalDate.of(2020, 5, 20));
        assertThat(schedule.get(0).interest()).isEqualTo(Yen.ZERO);
    }

    @Test
    void dropsTheFractionOfAYenOfEachInstalmentsInterest() {
        // 2.5 % a year, monthly: 1,100,000 × 250 / 120,000 = 2,291.66… → 2,291
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(1_200_000), 12, PaymentFrequency.MONTHLY, 250, 0,
                CONTRACT_DATE, LocalDate.of(2020, 4, 30));
        assertThat(schedule.get(0).interest()).isEqualTo(Yen.of(2_500));
        assertThat(schedule.get(1).interest()).isEqualTo(Yen.of(2_291));
        long expected = 0;
        for (int k = 0; k < 12; k++) {
            expected += (1_200_000L - 100_000L * k) * 250 / 120_000;
        }
        assertThat(interestSum(schedule)).isEqualTo(expected);
    }

    @Test
    void chargesNoInterestOnInstalmentsDueWithinTheInterestFreeMonths() {
        LocalDate contractDate = LocalDate.of(2020, 6, 15);
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(6_000_000), 60, PaymentFrequency.MONTHLY, 120, 36,
                contractDate, LocalDate.of(2020, 7, 15));
        LocalDate interestFrom = LocalDate.of(2023, 6, 15);
        assertThat(schedule).filteredOn(i -> i.dueDate().isBefore(interestFrom))
                .hasSize(35).allSatisfy(i -> assertThat(i.interest()).isEqualTo(Yen.ZERO));
        // due exactly 36 months after the contract date: no longer interest-free
        Instalment first = schedule.get(35);
        assertThat(first.dueDate()).isEqualTo(interestFrom);
        assertThat(first.interest()).isEqualTo(Yen.of((6_000_000L - 35 * 100_000L) * 120 / 120_000));
        assertThat(principalSum(schedule)).isEqualTo(6_000_000);
    }

    @Test
    void keepsDueDatesAtTheMonthEndWithoutDrifting() {
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(300), 3, PaymentFrequency.MONTHLY, 0, 0,
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31));
        assertThat(schedule).extracting(Instalment::dueDate).containsExactly(LocalDate.of(2021, 1, 31),
                LocalDate.of(2021, 2, 28), LocalDate.of(2021, 3, 31));
    }

    @Test
    void computesLargeAmountsExactlyWithoutOverflow() {
        long principal = 4_000_000_000_000_000L;
        List<Instalment> schedule = RepaymentSchedule.generate(Yen.of(principal), 240, PaymentFrequency.ANNUAL, 2000, 0,
                CONTRACT_DATE, LocalDate.of(2021, 3, 31));
        assertThat(principalSum(schedule)).isEqualTo(principal);
        // 20 % of 4e18 for one year
        assertThat(schedule.get(0).interest()).isEqualTo(Yen.of(800_000_000_000_000L));
    }

    @Test
    void refusesATermThatIsNotAMultipleOfThePeriod() {
        assertThatThrownBy(() -> RepaymentSchedule.generate(Yen.of(1000), 13, PaymentFrequency.QUARTERLY, 0, 0,
                CONTRACT_DATE, LocalDate.of(2020, 6, 30))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isDeterministic() {
        assertThat(RepaymentSchedule.generate(Yen.of(987_654_321), 120, PaymentFrequency.SEMI_ANNUAL, 375, 24,
                CONTRACT_DATE, LocalDate.of(2020, 9, 30)))
                .isEqualTo(RepaymentSchedule.generate(Yen.of(987_654_321), 120, PaymentFrequency.SEMI_ANNUAL, 375, 24,
                        CONTRACT_DATE, LocalDate.of(2020, 9, 30)));
    }
}
