package org.smesupport.casework.api.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fiscal years a mid-term plan covers, from its id {@code plan-<n>} (第n期). The plans run three years each,
 * 第５期 being FY2019–2021 as the FY2020 annual report prints it; earlier and later plans follow on from it.
 */
public record PlanPeriod(String planId, int number, int firstYear, int lastYear) {

    private static final Pattern ID = Pattern.compile("plan-([1-9][0-9]?)");
    private static final int REFERENCE_PLAN = 5;
    private static final int REFERENCE_FIRST_YEAR = 2019;
    private static final int YEARS = 3;

    /** The plan's period, or empty for an id that names no plan. */
    public static Optional<PlanPeriod> of(String planId) {
        Matcher matcher = planId == null ? null : ID.matcher(planId);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(matcher.group(1));
        int first = REFERENCE_FIRST_YEAR + (number - REFERENCE_PLAN) * YEARS;
        return Optional.of(new PlanPeriod(planId, number, first, first + YEARS - 1));
    }

    /** The plan whose period holds the fiscal year; none before the first plan. */
    public static Optional<PlanPeriod> containing(int fiscalYear) {
        return of("plan-" + (REFERENCE_PLAN + Math.floorDiv(fiscalYear - REFERENCE_FIRST_YEAR, YEARS)));
    }

    public boolean contains(int fiscalYear) {
        return fiscalYear >= firstYear && fiscalYear <= lastYear;
    }
}
