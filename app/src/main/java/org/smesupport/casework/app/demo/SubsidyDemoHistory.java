package org.smesupport.casework.app.demo;

import static org.smesupport.casework.app.demo.DemoDates.after;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.common.Yen;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyId;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyKind;
import org.smesupport.casework.api.restructuring.ImprovementSubsidyStep;
import org.smesupport.casework.api.restructuring.RecordImprovementSubsidyStepCommand;

/**
 * The improvement-plan subsidy files (経営改善計画策定支援, report section I-7 (3)) of the demo history: about
 * {@code subsidiesPerYear} a year, of both kinds, through usage application, decision, payment application
 * (costs from half to 1.5 times the cost at which two thirds reach the cap, so about half are capped),
 * payment decision and yearly monitoring reports, as far as today. A few applications are refused; decisions are the supervisor's.
 */
final class SubsidyDemoHistory {

    private final DemoDataProperties properties;
    private final LocalDate today;
    private final Random random;

    SubsidyDemoHistory(DemoDataProperties properties, LocalDate today, Random random) {
        this.properties = properties;
        this.today = today;
        this.random = random;
    }

    List<DemoStep> steps() {
        List<DemoStep> steps = new ArrayList<>();
        FiscalYear current = FiscalYear.containing(today);
        for (int back = properties.fiscalYears(current) - 1; back >= 0; back--) {
            FiscalYear year = FiscalYear.of(current.startYear() - back);
            int count = DemoDates.around(properties.subsidiesPerYear(), random);
            for (int n = 1; n <= count; n++) {
                LocalDate receivedOn = DemoDates.dayIn(year, today, random);
                if (receivedOn != null) {
                    file(steps, ImprovementSubsidyId.of("demo-subsidy-%s-%03d".formatted(year, n)), receivedOn);
                }
            }
        }
        return steps;
    }

    private void file(List<DemoStep> steps, ImprovementSubsidyId id, LocalDate receivedOn) {
        CompanyId company = DemoCompanies.id(1 + random.nextInt(DemoCompanies.COUNT));
        ImprovementSubsidyKind kind = random.nextInt(100) < 60
                ? ImprovementSubsidyKind.IMPROVEMENT_PLAN : ImprovementSubsidyKind.EARLY_IMPROVEMENT_PLAN;
        steps.add(DemoStep.byCaseworker(receivedOn, new RecordImprovementSubsidyStepCommand(id,
                ImprovementSubsidyStep.USAGE_APPLICATION_RECEIVED, company, kind, null, null, receivedOn)));
        LocalDate on = after(receivedOn, 7, 21, random);
        boolean approved = random.nextInt(100) < 92;
        if (!decide(steps, id, ImprovementSubsidyStep.USAGE_APPLICATION_DECIDED, approved, on) || !approved) {
            return;
        }
        on = after(on, 90, 200, random);
        // cost × 2/3 against the cap: from half to 1.5 times the cost at which it is reached, so about half are capped
        long capCost = kind.cap().value() * 3 / 2;
        Yen cost = Yen.of(capCost * (50 + random.nextInt(101)) / 100 / 1000 * 1000);
        if (on.isAfter(today)) {
            return;
        }
        steps.add(DemoStep.byCaseworker(on, new RecordImprovementSubsidyStepCommand(id,
                ImprovementSubsidyStep.PAYMENT_APPLICATION_RECEIVED, null, null, cost, null, on)));
        on = after(on, 10, 30, random);
        approved = random.nextInt(100) < 95;
        if (!decide(steps, id, ImprovementSubsidyStep.PAYMENT_APPLICATION_DECIDED, approved, on) || !approved) {
            return;
        }
        for (int report = 0; report < 3; report++) {
            on = after(on, 330, 400, random);
            if (on.isAfter(today)) {
                return;
            }
            steps.add(DemoStep.byCaseworker(on, new RecordImprovementSubsidyStepCommand(id,
                    ImprovementSubsidyStep.MONITORING_REPORT_RECEIVED, null, null, null, null, on)));
            on = after(on, 7, 21, random);
            if (!decide(steps, id, ImprovementSubsidyStep.MONITORING_REPORT_DECIDED, random.nextInt(100) < 90, on)) {
                return;
            }
        }
    }

    /** Records the supervisor's decision unless it would fall after today; false when it was not recorded. */
    private boolean decide(List<DemoStep> steps, ImprovementSubsidyId id, ImprovementSubsidyStep step,
                           boolean approved, LocalDate on) {
        if (on.isAfter(today)) {
            return false;
        }
        steps.add(DemoStep.bySupervisor(on, new RecordImprovementSubsidyStepCommand(id, step, null, null, null,
                approved, on)));
        return true;
    }
}
