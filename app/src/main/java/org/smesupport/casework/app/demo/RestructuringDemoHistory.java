package org.smesupport.casework.app.demo;

import static org.smesupport.casework.app.demo.DemoDates.after;
import static org.smesupport.casework.app.demo.DemoDates.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.restructuring.AddCreditorCommand;
import org.smesupport.casework.api.restructuring.AdvanceRestructuringStageCommand;
import org.smesupport.casework.api.restructuring.ApplySpecialReschedulingCommand;
import org.smesupport.casework.api.restructuring.CompleteRestructuringPlanCommand;
import org.smesupport.casework.api.restructuring.CreditorKind;
import org.smesupport.casework.api.restructuring.EndRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.OpenRestructuringCaseCommand;
import org.smesupport.casework.api.restructuring.RecordCreditorConsentCommand;
import org.smesupport.casework.api.restructuring.RestructuringCaseId;
import org.smesupport.casework.api.restructuring.RestructuringStage;

/**
 * The rescue cases (再生支援, report section I-7 (3)) of the demo history: about
 * {@code restructuringCasesPerYear} a year on the {@link DemoCompanies}, moving 1次対応 → 2次対応開始 →
 * 計画策定支援中 over months; a fifth ended with a reason, most others completed (some drastic) once every
 * creditor has consented, a few stalled, and those opened late still drafting at the year's end;
 * special rescheduling (特例リスケ) on some from FY2020. Plans carry no lease reschedules: the lease link
 * would file deferrals against the demo leases. Improvement-plan subsidies are {@link SubsidyDemoHistory}'s.
 */
final class RestructuringDemoHistory {

    private static final LocalDate SPECIAL_RESCHEDULING_FROM = LocalDate.of(2020, 4, 1);
    private static final String[] SUMMARIES = {"資金繰りの悪化", "売上減少による債務超過", "主要取引先の倒産",
            "借入金返済負担の増大", "原材料高騰による赤字"};
    private static final String[] BANKS = {"横浜銀行", "きらぼし銀行", "横浜信用金庫", "川崎信用金庫", "湘南信用金庫"};
    private static final String[] END_REASONS = {"自力再建", "金融機関との直接交渉に移行", "廃業を選択", "連絡が途絶"};
    private static final String[] PLANS = {"返済条件の変更", "不採算部門の撤退と返済条件の変更", "経費削減と元金据置"};
    private static final String[] DRASTIC_PLANS = {"債権放棄を含む抜本再生", "第二会社方式による事業再生"};

    private final DemoDataProperties properties;
    private final LocalDate today;
    private final Random random;

    RestructuringDemoHistory(DemoDataProperties properties, LocalDate today) {
        this.properties = properties;
        this.today = today;
        this.random = new Random(properties.seed() * 31 + 5);
    }

    List<DemoStep> steps() {
        List<DemoStep> steps = new ArrayList<>();
        FiscalYear current = FiscalYear.containing(today);
        for (int back = properties.fiscalYears(current) - 1; back >= 0; back--) {
            FiscalYear year = FiscalYear.of(current.startYear() - back);
            int count = DemoDates.around(properties.restructuringCasesPerYear(), random);
            for (int n = 1; n <= count; n++) {
                LocalDate openedOn = DemoDates.dayIn(year, today, random);
                if (openedOn != null) {
                    rescue(steps, RestructuringCaseId.of("demo-rescue-%s-%03d".formatted(year, n)), openedOn);
                }
            }
        }
        steps.addAll(new SubsidyDemoHistory(properties, today, random).steps());
        return steps;
    }

    private void rescue(List<DemoStep> steps, RestructuringCaseId id, LocalDate openedOn) {
        CompanyId company = DemoCompanies.id(1 + random.nextInt(DemoCompanies.COUNT));
        steps.add(DemoStep.byCaseworker(openedOn, new OpenRestructuringCaseCommand(id, company,
                pick(SUMMARIES, random), openedOn)));
        int fate = random.nextInt(100);
        boolean ends = fate < 20;
        // the stage at which an ending case ends: FIRST_RESPONSE, SECOND_STAGE or PLAN_DRAFTING
        int endAfter = random.nextInt(3);
        LocalDate last = openedOn;
        LocalDate rescheduledOn = after(openedOn, 10, 60, random);
        boolean reschedule = !rescheduledOn.isBefore(SPECIAL_RESCHEDULING_FROM) && random.nextInt(100) < 30;
        RestructuringStage[] stages = {RestructuringStage.SECOND_STAGE, RestructuringStage.PLAN_DRAFTING};
        int reached = 0;
        for (RestructuringStage stage : stages) {
            if (ends && reached == endAfter) {
                break;
            }
            LocalDate on = after(last, stage == RestructuringStage.SECOND_STAGE ? 14 : 30, 90, random);
            if (on.isAfter(today)) {
                break;
            }
            steps.add(DemoStep.byCaseworker(on, new AdvanceRestructuringStageCommand(id, stage, on, null)));
            last = on;
            reached++;
        }
        if (ends) {
            LocalDate endedOn = after(last, 10, 60, random);
            if (reschedule && rescheduledOn.isBefore(endedOn) && !rescheduledOn.isAfter(today)) {
                steps.add(DemoStep.byCaseworker(rescheduledOn,
                        new ApplySpecialReschedulingCommand(id, rescheduledOn, "元金据置1年")));
            }
            if (!endedOn.isAfter(today)) {
                boolean withdrawn = random.nextBoolean();
                steps.add(DemoStep.byCaseworker(endedOn, new EndRestructuringCaseCommand(id, withdrawn,
                        pick(END_REASONS, random), endedOn)));
            }
            return;
        }
        if (reschedule && !rescheduledOn.isAfter(today)) {
            steps.add(DemoStep.byCaseworker(rescheduledOn,
                    new ApplySpecialReschedulingCommand(id, rescheduledOn, "元金据置1年")));
        }
        if (reached < 2) {
            return;
        }
        // drafting: the creditors, their answers, and the plan once all have consented
        int creditors = 1 + random.nextInt(3);
        LocalDate consentsBy = last;
        for (int c = 0; c < creditors; c++) {
            String creditor = c == 0 ? pick(BANKS, random)
                    : c == 1 ? "日本政策金融公庫" : "神奈川県信用保証協会";
            CreditorKind kind = c == 0 ? CreditorKind.BANK
                    : c == 1 ? CreditorKind.GOVERNMENT_FINANCIAL_INSTITUTION
                    : CreditorKind.CREDIT_GUARANTEE_CORPORATION;
            steps.add(DemoStep.byCaseworker(last, new AddCreditorCommand(id, creditor, kind)));
            LocalDate answeredOn = after(last, 20, 120, random);
            if (answeredOn.isAfter(today)) {
                consentsBy = null;
                continue;
            }
            boolean firstDeclines = random.nextInt(100) < 15;
            steps.add(DemoStep.byCaseworker(answeredOn,
                    new RecordCreditorConsentCommand(id, creditor, !firstDeclines, answeredOn)));
            if (firstDeclines) {
                answeredOn = after(answeredOn, 14, 45, random);
                if (answeredOn.isAfter(today)) {
                    consentsBy = null;
                    continue;
                }
                steps.add(DemoStep.byCaseworker(answeredOn,
                        new RecordCreditorConsentCommand(id, creditor, true, answeredOn)));
            }
            if (consentsBy != null && answeredOn.isAfter(consentsBy)) {
                consentsBy = answeredOn;
            }
        }
        if (consentsBy == null || fate >= 90) {
            return;
        }
        LocalDate completedOn = after(consentsBy, 5, 30, random);
        if (!completedOn.isAfter(today)) {
            boolean drastic = random.nextInt(100) < 20;
            steps.add(DemoStep.byCaseworker(completedOn, new CompleteRestructuringPlanCommand(id, completedOn, drastic,
                    pick(drastic ? DRASTIC_PLANS : PLANS, random), List.of(), DemoStep.CASEWORKER)));
        }
    }
}
