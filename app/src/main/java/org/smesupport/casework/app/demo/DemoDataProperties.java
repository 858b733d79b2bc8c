package org.smesupport.casework.app.demo;

import org.smesupport.casework.api.common.FiscalYear;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casework.demo-data.*}: a generated, realistic history loaded through the ordinary command
 * path on first start, so a new user sees non-empty lists and statistics.
 *
 * @param enabled          load it (once: a second start finds it present and skips)
 * @param firstFiscalYear  the first fiscal year of the history, which runs to the current one; FY2020 by default,
 *                         after the four years (FY2016–FY2019) whose published figures the demo imports
 * @param casesPerYear     consultation cases opened in a year
 * @param contractsPerYear equipment lease contracts opened in a year, on average (each year has 75–125 % of
 *                         it); 0 for none. Their payments, arrears, write-offs, deferrals and subsidies up to
 *                         today follow, with the close of business run at every month end
 * @param suppliers        demo companies registered as suppliers (business matching), half in the first year
 * @param orderRequestsPerYear order requests received in a year, on average (67–133 % of it), each with one to
 *                         three introductions and mostly an outcome; 0 for none
 * @param fairsPerYear     matching fairs a year, on average (one fewer to one more, at least one); 0 for none
 * @param restructuringCasesPerYear rescue cases opened in a year, on average (67–133 % of it); 0 for none
 * @param subsidiesPerYear improvement-plan subsidy files opened in a year, on average (67–133 % of it); 0 for none
 * @param successionCasesPerYear succession cases opened in a year, on average (67–133 % of it), with their
 *                         diagnoses, plans and deals; 0 for none
 * @param seed             the random seed; the same seed and clock give the same history
 */
@ConfigurationProperties("casework.demo-data")
record DemoDataProperties(@DefaultValue("false") boolean enabled,
                          @DefaultValue("2020") int firstFiscalYear,
                          @DefaultValue("300") int casesPerYear,
                          @DefaultValue("28") int contractsPerYear,
                          @DefaultValue("30") int suppliers,
                          @DefaultValue("30") int orderRequestsPerYear,
                          @DefaultValue("3") int fairsPerYear,
                          @DefaultValue("15") int restructuringCasesPerYear,
                          @DefaultValue("8") int subsidiesPerYear,
                          @DefaultValue("12") int successionCasesPerYear,
                          @DefaultValue("20201") long seed) {

    /** How many fiscal years the history runs over, from the first to {@code current}: at least the current one. */
    int fiscalYears(FiscalYear current) {
        return Math.max(1, current.startYear() - firstFiscalYear + 1);
    }
}
