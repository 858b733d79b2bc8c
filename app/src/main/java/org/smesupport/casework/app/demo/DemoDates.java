package org.smesupport.casework.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.smesupport.casework.api.common.FiscalYear;

/**
 * Date helpers shared by the matching, restructuring and succession histories, and the playing of their
 * steps in date order. Each history plans an aggregate's steps in order with non-decreasing dates; a stable
 * sort by date keeps them so, and keeps what one aggregate needs of another (a supplier registered before it
 * is introduced, a case opened before its deal) planned first.
 */
final class DemoDates {

    private DemoDates() {
    }

    /** The last day of {@code year} that is not after today. */
    static LocalDate lastDay(FiscalYear year, LocalDate today) {
        return year.lastDay().isAfter(today) ? today : year.lastDay();
    }

    /** A random day of {@code year} up to today; {@code null} when the year has not begun. */
    static LocalDate dayIn(FiscalYear year, LocalDate today, Random random) {
        return between(year.firstDay(), lastDay(year, today), random);
    }

    /** A random day from {@code first} to {@code last}, both included; {@code null} when the range is empty. */
    static LocalDate between(LocalDate first, LocalDate last, Random random) {
        long span = last.toEpochDay() - first.toEpochDay();
        return span < 0 ? null : first.plusDays(random.nextLong(span + 1));
    }

    /** {@code date} plus {@code min}–{@code max} days. */
    static LocalDate after(LocalDate date, int min, int max, Random random) {
        return date.plusDays(min + random.nextInt(max - min + 1));
    }

    /** {@code perYear} scaled by a random 67–133 %, as the centre's volumes vary. */
    static int around(int perYear, Random random) {
        return perYear * (67 + random.nextInt(67)) / 100;
    }

    static <T> T pick(T[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    /** Sends every step, stably ordered by date. */
    static void play(List<DemoStep> steps, Consumer<DemoStep> send) {
        List<DemoStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparing(DemoStep::date));
        ordered.forEach(send);
    }
}
