package org.smesupport.casework.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.smesupport.casework.api.common.FiscalYear;
import org.smesupport.casework.api.company.CompanyId;
import org.smesupport.casework.api.consultation.AssignConsultationCaseCommand;
import org.smesupport.casework.api.consultation.CaseOutcome;
import org.smesupport.casework.api.consultation.CloseConsultationCaseCommand;
import org.smesupport.casework.api.consultation.ConsultationCaseId;
import org.smesupport.casework.api.consultation.ConsultationCategory;
import org.smesupport.casework.api.consultation.Desk;
import org.smesupport.casework.api.consultation.ExpertDispatchKind;
import org.smesupport.casework.api.consultation.OpenConsultationCaseCommand;
import org.smesupport.casework.api.consultation.RecordConsultationSessionCommand;
import org.smesupport.casework.api.consultation.RecordExpertDispatchCommand;

/**
 * Generates the consultation cases of a plausible history, spread over several fiscal years, with
 * categories weighted like the FY2020 report's 相談内容内訳 and desks weighted like the centre's desk
 * volumes, on the {@link DemoCompanies}. Deterministic for a given random sequence and "today".
 */
final class ConsultationDemoHistory {

    private static final String[] CASEWORKERS = {"caseworker", "caseworker2"};
    private static final String[] COUNSELLORS = {"田中 相談員", "佐藤 相談員", "鈴木 コーディネーター", "高橋 弁護士", "伊藤 専門家"};
    /** FY2020 session counts per category, in ConsultationCategory order. */
    private static final int[] CATEGORY_WEIGHTS = {9813, 2190, 4211, 1860, 864, 120, 48, 666, 971, 2483, 120, 255,
            1, 16, 286, 68, 354, 178};
    /** Relative desk volumes, in Desk order. */
    private static final int[] DESK_WEIGHTS = {40, 25, 15, 10, 2, 4, 4};

    private final Random random;
    private final LocalDate today;
    private final DemoDataProperties properties;

    ConsultationDemoHistory(DemoDataProperties properties, LocalDate today, Random random) {
        this.random = random;
        this.today = today;
        this.properties = properties;
    }

    List<Object> commands() {
        List<Object> commands = new ArrayList<>();
        FiscalYear current = FiscalYear.containing(today);
        for (int back = properties.fiscalYears(current) - 1; back >= 0; back--) {
            FiscalYear year = FiscalYear.of(current.startYear() - back);
            // the centre's volume grows a little each year, as the report's five-year tables show
            int cases = properties.casesPerYear() * (100 - back * 6) / 100;
            for (int n = 1; n <= cases; n++) {
                addCase(commands, year, n);
            }
        }
        return commands;
    }

    private void addCase(List<Object> commands, FiscalYear year, int n) {
        LocalDate lastDay = year.lastDay().isAfter(today) ? today : year.lastDay();
        long span = lastDay.toEpochDay() - year.firstDay().toEpochDay();
        if (span < 0) {
            return;
        }
        LocalDate opened = year.firstDay().plusDays(random.nextLong(span + 1));
        ConsultationCaseId id = ConsultationCaseId.of("demo-case-%s-%04d".formatted(year, n));
        Desk desk = weighted(Desk.values(), DESK_WEIGHTS);
        CompanyId company = DemoCompanies.id(1 + random.nextInt(DemoCompanies.COUNT));
        commands.add(new OpenConsultationCaseCommand(id, company, desk, "相談 " + desk.label(), opened));
        commands.add(new AssignConsultationCaseCommand(id, pick(CASEWORKERS), opened, null));
        LocalDate last = opened;
        int sessions = 1 + random.nextInt(5);
        for (int s = 0; s < sessions; s++) {
            LocalDate held = last.plusDays(random.nextInt(20));
            if (held.isAfter(today)) {
                break;
            }
            boolean lawyer = desk.offersLawyerConsultations() && random.nextInt(100) < 17;
            commands.add(new RecordConsultationSessionCommand(id, held, weighted(ConsultationCategory.values(),
                    CATEGORY_WEIGHTS), pick(COUNSELLORS), 30 + 15 * random.nextInt(6), "面談記録", lawyer, null));
            last = held;
        }
        if (random.nextInt(100) < 10) {
            ExpertDispatchKind kind = desk == Desk.MIBYO_PHONE
                    ? ExpertDispatchKind.MIBYO_IMPROVEMENT : ExpertDispatchKind.MANAGEMENT_ADVISOR;
            commands.add(new RecordExpertDispatchCommand(id, last, kind, pick(COUNSELLORS), "専門家派遣", null));
        }
        LocalDate closed = last.plusDays(random.nextInt(30));
        if (!closed.isAfter(today) && random.nextInt(100) < 85) {
            CaseOutcome outcome = CaseOutcome.values()[random.nextInt(CaseOutcome.values().length)];
            commands.add(new CloseConsultationCaseCommand(id, closed, outcome, "対応完了", null));
        }
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T weighted(T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
